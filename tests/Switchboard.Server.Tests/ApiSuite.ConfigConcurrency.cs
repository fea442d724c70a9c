using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private const string Kim = """{"id":"kim","name":"Kim","timeZone":"Asia/Seoul"}""";

    [StoreFact]
    public async Task the_config_document_and_every_config_object_answer_the_config_version_as_etag()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();

        foreach (var url in new[] { "/api/config", "/api/reps", "/api/reps/r1", "/api/pools/inbound", "/api/workflows", "/api/settings", "/api/lead-stages" })
            Assert.Equal("\"1\"", (await client.GetAsync(url)).ETagOf());
        Assert.Equal("\"2\"", (await client.PostJson("/api/reps", Kim)).ETagOf());
    }

    [StoreFact]
    public async Task two_admins_putting_the_document_they_read_lose_nothing_silently_the_second_gets_412()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.GetAsync("/api/config")).Json();
        var second = first.DeepClone().AsObject();
        first["reps"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(Kim));

        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/config", first.ToJsonString())).StatusCode);
        var stale = await client.PutJson("/api/config", second.ToJsonString());

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("\"2\"", stale.ETagOf());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reps/kim")).StatusCode);
    }

    [StoreFact]
    public async Task a_document_without_version_or_if_match_is_last_write_wins()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.PostJson("/api/reps", Kim);

        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/config", TestConfigs.SevenRoundRobin)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reps/kim")).StatusCode);
    }

    [StoreFact]
    public async Task a_write_whose_if_match_is_stale_for_its_object_is_412_and_saves_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.PatchJson("/api/reps/r1", """{"level":3}""");

        var stale = await client.Send(HttpMethod.Patch, "/api/reps/r1", """{"level":4}""", ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, await client.VersionCount());
        Assert.Equal(3, (await (await client.GetAsync("/api/reps/r1")).Json())["level"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task a_write_based_on_an_older_version_goes_through_when_its_object_did_not_change_since()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.PatchJson("/api/reps/r2", """{"level":3}""");

        var answer = await client.Send(HttpMethod.Patch, "/api/reps/r1", """{"level":4}""", ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("\"3\"", answer.ETagOf());
    }

    [StoreFact]
    public async Task every_configuration_write_refuses_an_if_match_naming_no_version_with_412()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var writes = new (HttpMethod Method, string Url, string? Body)[]
        {
            (HttpMethod.Put, "/api/config", TestConfigs.SevenRoundRobin),
            (HttpMethod.Post, "/api/config/versions/1/restore", null),
            (HttpMethod.Put, "/api/settings", """{"dedupe":"create"}"""),
            (HttpMethod.Put, "/api/scoring", """{"fit":[]}"""),
            (HttpMethod.Delete, "/api/scoring", null),
            (HttpMethod.Put, "/api/lead-stages", """["New","Working"]"""),
            (HttpMethod.Post, "/api/reps", Kim),
            (HttpMethod.Put, "/api/reps/r1", """{"name":"R1","timeZone":"UTC"}"""),
            (HttpMethod.Patch, "/api/pools/inbound", """{"name":"In"}"""),
            (HttpMethod.Delete, "/api/workflows/hokkaido", null),
            (HttpMethod.Post, "/api/pipelines", """{"id":"renewals","name":"Renewals","stages":["Quote"]}"""),
            (HttpMethod.Post, "/api/lists", """{"id":"later","name":"Later"}"""),
            (HttpMethod.Post, "/api/campaigns", """{"id":"xmas","name":"Xmas"}"""),
            (HttpMethod.Post, "/api/forms", """{"id":"demo","name":"Demo","fields":[{"key":"email","type":"email"}]}"""),
            (HttpMethod.Post, "/api/accounts", """{"id":"acme","name":"Acme","domains":["acme.com"]}"""),
        };

        foreach (var (method, url, body) in writes)
            Assert.True((await client.Send(method, url, body, ifMatch: "\"999\"")).StatusCode == HttpStatusCode.PreconditionFailed, $"{method} {url}");
        Assert.Equal(1, await client.VersionCount());
    }

    [StoreFact]
    public async Task a_malformed_if_match_is_a_400_naming_the_header()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        var answer = await app.Admin().Send(HttpMethod.Patch, "/api/reps/r1", """{"level":4}""", ifMatch: "version-one");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.NotNull((await answer.Json())["errors"]!["If-Match"]);
    }

    [StoreFact]
    public async Task a_change_note_is_kept_with_author_and_time_in_the_history()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();

        await client.Send(HttpMethod.Post, "/api/reps", Kim, note: "Kim starts in Seoul");
        await client.PatchJson("/api/reps/kim?note=" + Uri.EscapeDataString("김민지 근무 시간"), """{"level":2}""");

        var items = (await (await client.GetAsync("/api/config/versions")).Json())["items"]!.AsArray();
        Assert.Equal(["김민지 근무 시간", "Kim starts in Seoul", null], items.Select(v => v.Str("note")));
        Assert.All(items, v => Assert.False(string.IsNullOrEmpty(v.Str("author"))));
        Assert.All(items, v => Assert.False(string.IsNullOrEmpty(v.Str("createdAt"))));
    }

    [StoreFact]
    public async Task a_refused_configuration_write_saves_no_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();

        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/reps/no-such-rep")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PatchJson("/api/reps/no-such-rep", """{"level":2}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/scoring")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostJson("/api/reps", """{"id":"r1","name":"again","timeZone":"UTC"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync("/api/reps/r1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PatchJson("/api/reps/r1", """{"timeZone":"Mars/Olympus"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PatchJson("/api/reps/r1", """{"level":"high"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/config/versions/7/restore", null)).StatusCode);

        Assert.Equal(1, await client.VersionCount());
    }

    [StoreFact]
    public async Task a_write_that_changes_nothing_saves_no_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var r1 = await (await client.GetAsync("/api/reps/r1")).Json();

        var same = await client.PutJson("/api/reps/r1", r1.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("\"1\"", same.ETagOf());
        Assert.Equal(1, await client.VersionCount());
    }
}
