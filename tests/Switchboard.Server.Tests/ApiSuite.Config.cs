using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task every_config_change_makes_a_new_version_and_decisions_record_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var pool = await client.PutJson("/api/pools/inbound", """{"name":"Inbound","strategy":"round_robin","members":[{"repId":"r3"}]}""");
        Assert.Equal(HttpStatusCode.OK, pool.StatusCode);
        var versions = await (await client.GetAsync("/api/config/versions")).Json();
        Assert.Equal([2, 1], versions["items"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
        var lead = await (await client.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        Assert.Equal("r3", lead.Str("ownerId"));
        Assert.Equal(2, lead["decisions"]![0]!["configVersion"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task get_config_returns_the_document_that_was_put_with_its_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var config = await (await app.Admin().GetAsync("/api/config")).Json();
        Assert.Equal(1, config["version"]!.GetValue<int>());
        Assert.Equal(8, config["reps"]!.AsArray().Count);
        Assert.Equal("北海道", config["workflows"]![0]!["conditions"]!["all"]![0].Str("value"));
    }

    [StoreFact]
    public async Task reps_pools_and_workflows_have_create_read_list_replace_delete()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var created = await client.PostJson("/api/reps", """{"id":"mueller","name":"Jonas Müller","timeZone":"Europe/Berlin"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostJson("/api/reps", """{"id":"mueller","name":"again"}""")).StatusCode);
        Assert.Equal("Jonas Müller", (await (await client.GetAsync("/api/reps/mueller")).Json()).Str("name"));
        Assert.Equal(9, (await (await client.GetAsync("/api/reps")).JsonNodeOf()).AsArray().Count);
        var patched = await client.PatchJson("/api/reps/mueller", """{"active":false}""");
        Assert.False((await patched.Json())["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/reps/mueller")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reps/mueller")).StatusCode);

        var workflow = await client.PostJson("/api/workflows", """
            {"name":"Product A","trigger":{"type":"lead.created"},"conditions":{"all":[{"field":"productInterest","op":"eq","value":"A"}]},
             "actions":[{"type":"assign","rep":"r7"}]}
            """);
        Assert.Equal(HttpStatusCode.Created, workflow.StatusCode);
        var id = (await workflow.Json()).Str("id");
        Assert.Contains(id, (await (await client.GetAsync("/api/workflows")).JsonNodeOf()).AsArray().Select(w => w.Str("id")));
    }

    [StoreFact]
    public async Task deleting_a_rep_that_a_pool_still_uses_is_a_409_naming_the_reference()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().DeleteAsync("/api/reps/r1");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["pools[0].members[0].repId"]);
    }

    [StoreFact]
    public async Task a_pool_without_members_is_rejected_when_saved()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/pools", """{"id":"empty","strategy":"round_robin","members":[]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["members"]);
    }

    [StoreFact]
    public async Task a_rep_set_away_is_skipped_by_a_pool_that_requires_availability()
    {
        var config = TestConfigs.SevenRoundRobin.Replace("\"requireAvailable\":false", "\"requireAvailable\":true");
        await using var app = await StartAsync(config);
        var client = app.Admin();
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/reps/r1/status", """{"status":"away"}""")).StatusCode);
        Assert.Equal("away", (await (await client.GetAsync("/api/reps/r1")).Json()).Str("status"));
        var lead = await (await client.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        Assert.Equal("r2", lead.Str("ownerId"));
        var r1 = lead["decisions"]![0]!["candidates"]!.AsArray().First(c => c.Str("repId") == "r1");
        Assert.Equal("status_away", r1.Str("reason"));
    }

    [StoreFact]
    public async Task restoring_an_old_version_makes_it_current_as_a_new_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.DeleteAsync("/api/workflows/hokkaido");
        var restored = await client.PostAsync("/api/config/versions/1/restore", null);
        Assert.Equal(3, (await restored.Json())["version"]!.GetValue<int>());
        Assert.Equal("sato", (await (await client.PostJson("/api/leads", """{"lastName":"Ito","region":"北海道"}""")).Json()).Str("ownerId"));
    }
}
