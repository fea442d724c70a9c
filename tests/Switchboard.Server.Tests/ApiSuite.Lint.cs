using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// POST /api/config/lint, and the lint that every save of the configuration runs.
public abstract partial class ApiSuite
{
    /// <summary><see cref="TestConfigs.SevenRoundRobin"/> (which lints clean) with one change to its JSON.</summary>
    private static string SevenWith(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(TestConfigs.SevenRoundRobin)!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    private static string Draft(string config) => $$"""{"config":{{config}}}""";

    private static readonly string Misspelt = SevenWith(c => c["workflows"]![0]!["conditions"]!["all"]![0]!["field"] = "regoin");

    private static readonly string SparePool = SevenWith(c => c["pools"]!.AsArray().Add(JsonNode.Parse("""{"id":"spare","name":"Spare","members":[{"repId":"r1"}]}""")));

    private static async Task<JsonArray> FindingsOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Json())["findings"]!.AsArray();
    }

    [StoreFact]
    public async Task lint_without_a_body_lints_the_live_configuration()
    {
        await using var app = await StartAsync(SparePool);
        var finding = Assert.Single(await FindingsOf(await app.Admin().PostAsync("/api/config/lint", null)));
        Assert.Equal(("warning", "unused-pool", "pools[1]"), (finding.Str("severity"), finding.Str("code"), finding.Str("path")));
    }

    [StoreFact]
    public async Task a_clean_configuration_has_no_findings()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        Assert.Empty(await FindingsOf(await app.Admin().PostJson("/api/config/lint", "{}")));
    }

    [StoreFact]
    public async Task lint_names_the_misspelt_field_of_a_draft_and_suggests_region()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var finding = Assert.Single(await FindingsOf(await app.Admin().PostJson("/api/config/lint", Draft(Misspelt))));
        Assert.Equal(("error", "unknown-field", "workflows[0].conditions.all[0].field", "region"),
            (finding.Str("severity"), finding.Str("code"), finding.Str("path"), finding.Str("suggestion")));
        Assert.Contains("did you mean region?", finding.Str("message"));
    }

    [StoreFact]
    public async Task linting_a_draft_saves_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        await FindingsOf(await client.PostJson("/api/config/lint", Draft(SparePool)));
        Assert.Equal(1, await client.VersionCount());
        Assert.Single((await (await client.GetAsync("/api/config")).Json())["pools"]!.AsArray());
    }

    [StoreFact]
    public async Task a_custom_field_no_stored_lead_has_is_a_warning_naming_the_close_one_that_was_seen()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson("/api/leads", """{"lastName":"Ito","fields":{"導入検討時期":"3カ月以内"}}""")).StatusCode);
        var draft = SevenWith(c => c["workflows"]![0]!["conditions"]!["all"]![0]!["field"] = "fields.導入検討時");
        var finding = Assert.Single(await FindingsOf(await client.PostJson("/api/config/lint", Draft(draft))));
        Assert.Equal(("warning", "unseen-custom-field", "fields.導入検討時期"), (finding.Str("severity"), finding.Str("code"), finding.Str("suggestion")));
    }

    [StoreFact]
    public async Task an_sla_on_a_pool_whose_leads_were_never_touched_is_information()
    {
        await using var app = await StartAsync(SevenWith(c => c["pools"]![0]!["sla"] = JsonNode.Parse("""{"firstTouch":"PT1H","onBreach":"notify"}""")));
        var client = app.Admin();
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson("/api/leads", """{"lastName":"Ito"}""")).StatusCode);
        var finding = Assert.Single(await FindingsOf(await client.PostAsync("/api/config/lint", null)));
        Assert.Equal(("info", "sla-without-touches", "pools[0].sla"), (finding.Str("severity"), finding.Str("code"), finding.Str("path")));
    }

    [StoreFact]
    public async Task an_invalid_draft_is_a_400_naming_the_paths_under_config()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var draft = SevenWith(c => c["pools"]![0]!["strategy"] = "lottery");
        var response = await app.Admin().PostJson("/api/config/lint", Draft(draft));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.Json())["errors"]!["config.pools[0].strategy"]);
    }

    /// <summary>Bad bodies of POST /api/config/lint, each with the path its 400 problem names.</summary>
    private static readonly (string Body, string Path)[] BadLintBodies =
    [
        ("not json", "$"),
        ("[]", "$"),
        ("""{"config":"routing.json"}""", "config"),
        ("""{"config":[]}""", "config"),
        ("""{"config":42}""", "config"),
        ("""{"configg":{}}""", "configg"),
        ("""{"config":{"workflows":"all of them"}}""", "config.workflows"),
        ("""{"config":{"workflows":[null]}}""", "config.workflows[0]"),
        ("""{"config":{"workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[null]}]}}""", "config.workflows[0].actions[0]"),
        ("""{"config":{"workflows":[{"id":"w","trigger":{"type":"lead.created"},"conditions":{"field":"region","op":"like","value":"x"},"actions":[]}]}}""", "config.workflows[0].conditions.op"),
        ("""{"config":{"pools":[{"id":"p","members":[{"repId":"ghost"}]}]}}""", "config.pools[0].members[0].repId"),
        ("""{"config":{"settings":{"fallbackPool":"nowhere"}}}""", "config.settings.fallbackPool"),
        ($$$"""{"config":{"reps":[{"id":"{{{new string('x', 100)}}}","name":"Long"}]}}""", "config.reps[0].id"),
    ];

    [StoreFact]
    public async Task bad_lint_bodies_are_400_problems_naming_the_path()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        foreach (var (body, path) in BadLintBodies)
        {
            var response = await client.PostJson("/api/config/lint", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = (await response.Json())["errors"]!.AsObject();
            Assert.True(errors.ContainsKey(path), $"{body}: {errors.ToJsonString()}");
        }
        Assert.Equal(1, await client.VersionCount());
    }

    [StoreFact]
    public async Task a_null_config_lints_the_live_one()
    {
        await using var app = await StartAsync(SparePool);
        Assert.Single(await FindingsOf(await app.Admin().PostJson("/api/config/lint", """{"config":null}""")));
    }

    [StoreFact]
    public async Task lint_is_for_admins_and_managers()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor("manager")).PostAsync("/api/config/lint", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).PostAsync("/api/config/lint", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/config/lint", null)).StatusCode);
    }

    [StoreFact]
    public async Task saving_a_workflow_on_a_misspelt_field_is_refused_naming_the_path_and_the_suggestion()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var response = await client.PostJson("/api/workflows", """
            {"id":"typo","name":"Typo","trigger":{"type":"lead.created"},"conditions":{"all":[{"field":"regoin","op":"contains","value":"北海道"}]},
             "actions":[{"type":"assign","rep":"sato"}]}
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await response.Json())["errors"]!["conditions.all[0].field"]!.AsArray();
        Assert.Contains("did you mean region?", messages[0]!.GetValue<string>());
        Assert.Equal(1, await client.VersionCount());
    }

    [StoreFact]
    public async Task putting_a_configuration_with_a_lint_error_is_refused_and_saves_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var response = await client.PutJson("/api/config", Misspelt);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["workflows[0].conditions.all[0].field"]);
        Assert.Equal(1, await client.VersionCount());
    }

    [StoreFact]
    public async Task saving_answers_the_lint_warnings_beside_the_new_version()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var saved = await app.Admin().PutJson("/api/config", SparePool);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var answer = await saved.Json();
        Assert.Equal(2, answer["version"]!.GetValue<int>());
        Assert.Equal("unused-pool", Assert.Single(answer["warnings"]!.AsArray()).Str("code"));
        Assert.Equal(2, answer["pools"]!.AsArray().Count);
    }

    [StoreFact]
    public async Task an_answer_put_back_with_its_warnings_does_not_save_them()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var answer = await (await client.PutJson("/api/config", SparePool)).Json();
        answer.Remove("version");
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/config", answer.ToJsonString())).StatusCode);
        Assert.Equal(2, await client.VersionCount());
        Assert.Null((await (await client.GetAsync("/api/config")).Json())["warnings"]);
    }

    [StoreFact]
    public async Task adding_a_pool_nobody_uses_answers_its_warning_beside_the_pool()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var created = await app.Admin().PostJson("/api/pools", """{"id":"spare","name":"Spare","members":[{"repId":"r1"}]}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/pools/spare", created.Headers.Location?.OriginalString);
        Assert.Equal("\"2\"", created.Headers.ETag?.Tag);
        var answer = await created.Json();
        Assert.Equal("spare", answer.Str("id"));
        var warning = Assert.Single(answer["warnings"]!.AsArray());
        Assert.Equal(("unused-pool", "pools[1]"), (warning.Str("code"), warning.Str("path")));
    }

    [StoreFact]
    public async Task a_section_write_that_leaves_warnings_behind_answers_them_and_a_clean_one_answers_none()
    {
        await using var app = await StartAsync(SparePool);
        var client = app.Admin();
        var patched = await (await client.PatchJson("/api/pools/spare", """{"name":"Still spare"}""")).Json();
        Assert.Equal("unused-pool", Assert.Single(patched["warnings"]!.AsArray()).Str("code"));
        var first = await (await client.GetAsync("/api/workflows/hokkaido")).Json();
        first["actions"] = JsonNode.Parse("""[{"type":"assign","pool":"spare"}]""");
        var replaced = await client.PutJson($"/api/workflows/{first.Str("id")}", first.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Empty((await replaced.Json())["warnings"]!.AsArray());
    }

    [StoreFact]
    public async Task a_section_answer_put_back_with_its_warnings_does_not_save_them()
    {
        await using var app = await StartAsync(SparePool);
        var client = app.Admin();
        var answer = await (await client.PatchJson("/api/pools/spare", """{"name":"Still spare"}""")).Json();
        Assert.NotNull(answer["warnings"]);
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/pools/spare", answer.ToJsonString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PatchJson("/api/pools/spare", answer.ToJsonString())).StatusCode);
        Assert.Null((await (await client.GetAsync("/api/pools/spare")).Json())["warnings"]);
        Assert.Null((await (await client.GetAsync("/api/config")).Json())["pools"]![1]!["warnings"]);
    }

    [StoreFact]
    public async Task a_form_write_answers_its_embed_and_the_saves_warnings()
    {
        await using var app = await StartAsync(SparePool);
        var created = await app.Admin().PostJson("/api/forms", """{"id":"contact","name":"Contact","fields":[{"key":"email","label":"Email","type":"email","mapsTo":"email"}]}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.Json();
        Assert.NotNull(answer["embed"]);
        Assert.Equal("unused-pool", Assert.Single(answer["warnings"]!.AsArray()).Str("code"));
    }

    [StoreFact]
    public async Task a_settings_write_answers_the_saves_warnings()
    {
        await using var app = await StartAsync(SparePool);
        var client = app.Admin();
        var settings = await (await client.GetAsync("/api/settings")).Json();
        settings["dedupe"] = "create";
        var saved = await client.PutJson("/api/settings", settings.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var answer = await saved.Json();
        Assert.Equal("create", answer.Str("dedupe"));
        Assert.Equal("unused-pool", Assert.Single(answer["warnings"]!.AsArray()).Str("code"));
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/settings", answer.ToJsonString())).StatusCode);
    }

    [StoreFact]
    public async Task a_rep_writing_its_own_record_is_not_told_the_configurations_warnings()
    {
        await using var app = await StartAsync(SparePool);
        var rep = await app.ClientFor("rep", "r1");
        var answer = await rep.PatchJson("/api/reps/r1", """{"status":"away"}""");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null((await answer.Json())["warnings"]);
    }

    [StoreFact]
    public async Task restoring_a_version_answers_its_warnings()
    {
        await using var app = await StartAsync(SparePool);
        var client = app.Admin();
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/config", TestConfigs.SevenRoundRobin)).StatusCode);
        var restored = await client.PostAsync("/api/config/versions/1/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("unused-pool", Assert.Single((await restored.Json())["warnings"]!.AsArray()).Str("code"));
    }

    [StoreFact]
    public async Task putting_a_null_workflow_is_a_400_naming_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PutJson("/api/config", SevenWith(c => c["workflows"]!.AsArray().Add(null)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["workflows[2]"]);
    }

    [StoreFact]
    public async Task the_demo_configuration_has_no_lint_errors()
    {
        await using var app = await StartAsync(demo: true);
        var findings = await FindingsOf(await app.Admin().PostAsync("/api/config/lint", null));
        Assert.DoesNotContain(findings, f => f.Str("severity") == "error");
        Assert.NotEmpty((await (await app.Admin().GetAsync("/api/config")).Json())["workflows"]!.AsArray());
    }
}
