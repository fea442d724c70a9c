using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>GET /api/config/versions/{a}/diff/{b}: what changed between two versions, objects named by id, secrets never shown.</summary>
public abstract partial class ApiSuite
{
    private static async Task<JsonObject> DiffAsync(HttpClient client, int a, int b)
    {
        var answer = await client.GetAsync($"/api/config/versions/{a}/diff/{b}");
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        return await answer.Json();
    }

    [StoreFact]
    public async Task the_diff_of_two_versions_names_each_change_by_object_id_with_before_and_after()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.PatchJson("/api/workflows/hokkaido", """{"conditions":{"all":[{"field":"region","op":"contains","value":"東京都"}]}}""");
        await client.PostJson("/api/reps", Kim);

        var diff = await DiffAsync(client, 1, 3);

        Assert.Equal((1, 3), (diff["from"]!.GetValue<int>(), diff["to"]!.GetValue<int>()));
        var changes = diff["changes"]!.AsArray();
        var condition = changes.Single(c => c.Str("path") == "workflows[id=hokkaido].conditions.all[0].value")!;
        Assert.Equal(("changed", "$.workflows[0].conditions.all[0].value", "北海道", "東京都"),
            (condition.Str("kind"), condition.Str("jsonPath"), condition.Str("before"), condition.Str("after")));
        Assert.Contains(changes, c => c.Str("path") == "reps[id=kim]" && c.Str("kind") == "added" && c!["after"].Str("name") == "Kim");
        Assert.Equal((1, 1), (diff["summary"]!["added"]!.GetValue<int>(), diff["summary"]!["changed"]!.GetValue<int>()));
    }

    [StoreFact]
    public async Task a_workflow_added_in_front_is_one_change_in_the_diff()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var document = await (await client.GetAsync("/api/config")).Json();
        document["workflows"]!.AsArray().Insert(0, JsonNode.Parse("""
            {"id":"tokyo","name":"Tokyo","priority":5,"trigger":{"type":"lead.created"},
             "conditions":{"all":[{"field":"region","op":"eq","value":"東京都"}]},"actions":[{"type":"assign","rep":"r1"}]}
            """));
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/config", document.ToJsonString())).StatusCode);

        var change = Assert.Single((await DiffAsync(client, 1, 2))["changes"]!.AsArray())!;

        Assert.Equal(("added", "workflows[id=tokyo]", "$.workflows[0]", "Tokyo"),
            (change.Str("kind"), change.Str("path"), change.Str("jsonPath"), change["after"].Str("name")));
        Assert.Null(change["before"]);
    }

    [StoreFact]
    public async Task the_diff_of_a_version_with_itself_is_empty()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        var diff = await DiffAsync(app.Admin(), 1, 1);

        Assert.Empty(diff["changes"]!.AsArray());
        Assert.Equal(0, diff["summary"]!["changed"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task a_diff_never_shows_a_secret_it_says_changed()
    {
        await using var app = await StartAsync(WithSecrets);
        var client = app.Admin();
        await client.PutJson("/api/config", WithSecrets.Replace("s3cr3t-signing-key", "n3w-signing-key").Replace("B0/XYZ", "B0/NEW"));

        var answer = await client.GetAsync("/api/config/versions/1/diff/2");
        var text = await answer.Content.ReadAsStringAsync();

        Assert.DoesNotContain("s3cr3t", text);
        Assert.DoesNotContain("n3w", text);
        Assert.DoesNotContain("hooks.slack.com", text);
        var changes = (await answer.Json())["changes"]!.AsArray();
        Assert.Equal(["workflows[id=inbound].actions[1].secret", "workflows[id=inbound].actions[2].url"], changes.Select(c => c.Str("path")));
        Assert.All(changes, c => Assert.True(c!["secret"]!.GetValue<bool>()));
    }

    [StoreFact]
    public async Task an_unknown_version_is_a_404_naming_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();

        foreach (var (url, missing) in new[] { ("/api/config/versions/1/diff/9", "9"), ("/api/config/versions/7/diff/1", "7"), ("/api/config/versions/0/diff/1", "0"),
                     ("/api/config/versions/-3/diff/1", "-3"), ("/api/config/versions/1/diff/2147483647", "2147483647") })
        {
            var answer = await client.GetAsync(url);
            Assert.True(answer.StatusCode == HttpStatusCode.NotFound, url);
            Assert.Contains($"version {missing} not found", (await answer.Json()).Str("detail"));
        }
    }

    [StoreFact]
    public async Task a_version_that_is_not_a_number_is_not_found_as_for_the_other_version_routes()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();

        foreach (var version in new[] { "abc", "1.5", "99999999999", "%20", "一" })
        {
            Assert.Equal((await client.GetAsync($"/api/config/versions/{version}")).StatusCode,
                (await client.GetAsync($"/api/config/versions/{version}/diff/1")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/config/versions/1/diff/{version}")).StatusCode);
        }
    }

    [StoreFact]
    public async Task a_manager_may_read_a_diff_a_rep_and_an_anonymous_caller_may_not()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        const string url = "/api/config/versions/1/diff/1";

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor("manager")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url)).StatusCode);
    }

    [StoreFact]
    public async Task reading_diffs_makes_no_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.PatchJson("/api/reps/r1", """{"level":2}""");

        await DiffAsync(client, 1, 2);
        await DiffAsync(client, 2, 1);

        Assert.Equal(2, await client.VersionCount());
    }

    [StoreFact]
    public async Task a_restore_is_kept_with_its_author_and_a_note_naming_the_restored_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await client.PatchJson("/api/reps/r1", """{"level":2}""");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/config/versions/1/restore", null)).StatusCode);

        var newest = (await (await client.GetAsync("/api/config/versions")).Json())["items"]![0]!;
        Assert.Equal((3, "restore of version 1"), (newest["version"]!.GetValue<int>(), newest.Str("note")));
        Assert.False(string.IsNullOrEmpty(newest.Str("author")));
        Assert.Empty((await DiffAsync(client, 1, 3))["changes"]!.AsArray());
    }

    [StoreFact]
    public async Task the_seeded_demo_organisation_is_a_version_with_its_author_and_a_note()
    {
        await using var app = await StartAsync(demo: true);

        var first = (await (await app.Admin().GetAsync("/api/config/versions")).Json())["items"]!.AsArray()[^1]!;

        Assert.Equal((1, "demo", "the demo organisation"), (first["version"]!.GetValue<int>(), first.Str("author"), first.Str("note")));
    }
}
