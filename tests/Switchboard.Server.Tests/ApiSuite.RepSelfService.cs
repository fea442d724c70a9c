using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task rep_key_may_set_its_own_out_of_office()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");

        var answer = await rep.PatchJson("/api/reps/r1", """{"outOfOffice":[{"from":"2026-12-24","to":"2026-12-26"}]}""");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("2026-12-24", (await answer.Json())["outOfOffice"]![0].Str("from"));
    }

    [StoreFact]
    public async Task rep_key_may_set_its_own_working_hours_and_status_with_a_whole_record()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");
        var record = await (await rep.GetAsync("/api/reps/r1")).Json();
        record["workingHours"] = System.Text.Json.Nodes.JsonNode.Parse("""{"mon":[["09:00","17:00"]]}""");
        record["status"] = "away";

        Assert.Equal(HttpStatusCode.OK, (await rep.PutJson("/api/reps/r1", record.ToJsonString())).StatusCode);
    }

    [StoreFact]
    public async Task a_status_written_in_the_rep_record_is_the_reps_live_presence()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");
        Assert.Equal(HttpStatusCode.OK, (await rep.PutJson("/api/reps/r1/status", """{"status":"away"}""")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await rep.PatchJson("/api/reps/r1", """{"status":"online"}""")).StatusCode);
        Assert.Equal("online", (await (await rep.GetAsync("/api/reps/r1")).Json()).Str("status"));

        Assert.Equal(HttpStatusCode.OK, (await rep.PatchJson("/api/reps/r1", """{"workingHours":{"mon":[["09:00","17:00"]]}}""")).StatusCode);
        Assert.Equal("online", (await (await rep.GetAsync("/api/reps/r1")).Json()).Str("status"));
    }

    [StoreFact]
    public async Task rep_key_changing_anything_else_of_its_record_is_403_naming_the_field()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");

        var answer = await rep.PatchJson("/api/reps/r1", """{"status":"away","capacity":{"maxOpen":1}}""");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(["capacity"], (await answer.Json())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(1, await app.Admin().VersionCount());
    }

    [StoreFact]
    public async Task rep_key_cannot_change_another_reps_record()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");

        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PatchJson("/api/reps/r2", """{"status":"away"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostJson("/api/reps", """{"id":"r9","name":"R9"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.DeleteAsync("/api/reps/r1")).StatusCode);
    }

    [StoreFact]
    public async Task rep_key_reads_its_own_record_and_its_pools_but_not_other_reps_or_the_configuration()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "sato");

        Assert.Equal(["sato"], (await (await rep.GetAsync("/api/reps")).JsonNodeOf()).AsArray().Select(r => r.Str("id")));
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/api/reps/r1")).StatusCode);
        Assert.Empty((await (await rep.GetAsync("/api/pools")).JsonNodeOf()).AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/api/pools/inbound")).StatusCode);
        foreach (var url in new[] { "/api/config", "/api/config/versions", "/api/workflows", "/api/accounts", "/api/lists", "/api/forms" })
            Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync(url)).StatusCode);
    }

    [StoreFact]
    public async Task rep_key_reads_the_pools_it_is_a_member_of()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");

        Assert.Equal(["inbound"], (await (await rep.GetAsync("/api/pools")).JsonNodeOf()).AsArray().Select(p => p.Str("id")));
    }
}
