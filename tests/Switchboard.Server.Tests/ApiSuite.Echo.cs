using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>Configuration objects come back as they were sent (SPEC's examples), so configuration kept in files diffs cleanly.</summary>
public abstract partial class ApiSuite
{
    private const string SpecRep = """
        {"id":"kim","name":"김민지","email":"kim@example.kr","role":"rep","active":true,
         "timeZone":"Asia/Seoul","workingHours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]]},
         "outOfOffice":[{"from":"2026-12-24T00:00:00Z","to":"2026-12-27T00:00:00+09:00"}],"status":"online",
         "level":2,"skills":{"region":["서울"],"product":["A"]},"capacity":{"maxOpen":50,"perDay":20}}
        """;

    private const string SpecPool = """
        {"id":"inbound","name":"Inbound demo requests","strategy":"round_robin",
         "members":[{"repId":"kim","weight":1},{"repId":"sato","weight":1}],
         "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},
         "whenNoneEligible":"overflow","overflowPool":"managers"}
        """;

    private const string SpecWorkflow = """
        {"id":"hokkaido","name":"Hokkaido territory","priority":10,"enabled":true,"stopOnMatch":true,
         "trigger":{"type":"lead.created"},
         "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"},{"not":{"field":"email","op":"not_exists"}}]},
         "actions":[{"type":"assign","rep":"sato"},{"type":"create_task","title":"Discovery call","due":"end_of_day"}]}
        """;

    [StoreFact]
    public async Task a_rep_comes_back_exactly_as_sent()
    {
        await using var app = await StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await app.Admin().PostJson("/api/reps", SpecRep)).StatusCode);
        AssertSame(SpecRep, await (await app.Admin().GetAsync("/api/reps/kim")).JsonNodeOf());
    }

    [StoreFact]
    public async Task a_pool_comes_back_exactly_as_sent()
    {
        await using var app = await StartAsync();
        var client = app.Admin();
        await client.PostJson("/api/reps", SpecRep);
        await client.PostJson("/api/reps", """{"id":"sato","name":"佐藤 健","timeZone":"Asia/Tokyo"}""");
        await client.PostJson("/api/pools", """{"id":"managers","name":"Managers","members":[{"repId":"kim"}]}""");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson("/api/pools", SpecPool)).StatusCode);
        AssertSame(SpecPool, await (await client.GetAsync("/api/pools/inbound")).JsonNodeOf());
    }

    [StoreFact]
    public async Task a_workflow_comes_back_exactly_as_sent_with_no_null_keys_in_its_conditions_or_actions()
    {
        await using var app = await StartAsync();
        var client = app.Admin();
        await client.PostJson("/api/reps", """{"id":"sato","name":"佐藤 健","timeZone":"Asia/Tokyo"}""");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson("/api/workflows", SpecWorkflow)).StatusCode);
        AssertSame(SpecWorkflow, await (await client.GetAsync("/api/workflows/hokkaido")).JsonNodeOf());
        var inConfig = (await (await client.GetAsync("/api/config")).Json())["workflows"]!.AsArray().Single(w => w.Str("id") == "hokkaido");
        AssertSame(SpecWorkflow, inConfig);
    }

    private static void AssertSame(string sent, JsonNode? received) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sent), received), $"sent {JsonNode.Parse(sent)!.ToJsonString()}\nreceived {received?.ToJsonString()}");
}
