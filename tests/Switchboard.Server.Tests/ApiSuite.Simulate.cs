using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Storage;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>POST /api/simulate (preview of leads) and GET /api/leads/{id}/routing?explain=full.</summary>
public abstract partial class ApiSuite
{
    /// <summary>
    /// After the Hot Profile seed's assignment rules: [都道府県] contains [北海道] → rep sato with a discovery call; a purchase
    /// within three months at 100-999 employees → the inbound rotation, with a signed webhook; everything else to the
    /// rotation with a delayed follow-up task. The rotation has an SLA, so an assignment there starts a timer.
    /// </summary>
    private static readonly string Territories = $$$"""
        {"reps":[{{{TestConfigs.Reps("sato", "r1", "r2", "r3")}}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin",
                   "members":[{"repId":"r1"},{"repId":"r2"},{"repId":"r3"}],
                   "eligibility":{"requireAvailable":false},"sla":{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":2}}],
         "workflows":[
           {"id":"hokkaido","name":"北海道エリア","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"country","op":"eq","value":"JP"},{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"},{"type":"create_task","title":"Discovery call","due":"end_of_day"}]},
           {"id":"soon","name":"3カ月以内の導入検討","priority":20,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"fields.導入検討時期","op":"eq","value":"3カ月以内"},{"field":"employees","op":"contains","value":"100-999人"}]},
            "actions":[{"type":"assign","pool":"inbound"},{"type":"notify","channel":"webhook","url":"https://hooks.example.jp/sb","secret":"s3cret"}]},
           {"id":"paused","name":"Paused","priority":25,"enabled":false,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"sato"}]},
           {"id":"rest","name":"その他","priority":30,"trigger":{"type":"lead.created"},
            "actions":[{"type":"assign","pool":"inbound"},{"type":"create_task","title":"Follow up","due":"PT1H","delay":"PT10M"}]}]}
        """;

    private const string TokyoLead = """
        {"email":"hanako.sato@example.jp","lastName":"佐藤","firstName":"花子","company":"株式会社サンプル商事","country":"JP",
         "region":"東京都","employees":"１００-９９９人","source":"web_form","fields":{"導入検討時期":"3カ月以内"}}
        """;

    [StoreFact]
    public async Task a_preview_answers_the_owner_decisions_and_why_not_of_a_japanese_lead()
    {
        await using var app = await StartAsync(Territories);

        var answer = await Simulate(app, $$"""{"leads":[{{TokyoLead}}]}""");

        var lead = answer["leads"]![0]!;
        Assert.Equal(("r1", "Rep r1", "assigned", "inbound"), (lead.Str("ownerId"), lead.Str("ownerName"), lead.Str("status"), lead.Str("poolId")));
        Assert.Equal((1, false), (answer["configVersion"]!.GetValue<int>(), answer["draft"]!.GetValue<bool>()));
        var assign = lead["decisions"]![0]!;
        Assert.Equal(("lead.created", "soon", "assign", "round_robin", "r1", 1),
            (assign.Str("trigger"), assign.Str("workflowId"), assign.Str("action"), assign.Str("strategy"), assign.Str("chosenRepId"), assign["configVersion"]!.GetValue<int>()));
        var walk = Assert.Single(lead["trace"]!.AsArray())!;
        Assert.Equal("lead.created", walk.Str("trigger"));
        var workflows = walk["workflows"]!.AsArray();
        Assert.Equal(["hokkaido:not_matched", "soon:matched", "paused:disabled", "rest:not_reached"],
            workflows.Select(w => $"{w.Str("workflowId")}:{w.Str("status")}"));
        Assert.Equal("conditions.all[1]: region \"東京都\" does not contain \"北海道\"", workflows[0]!["failed"].Str("text"));
        Assert.Equal(["東京都"], workflows[0]!["failed"]!["leadValues"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.True(workflows[1]!["stoppedHere"]!.GetValue<bool>());
        Assert.Equal("北海道エリア", workflows[0].Str("name"));
    }

    [StoreFact]
    public async Task a_preview_writes_nothing_and_leaves_the_rotation_where_it_was()
    {
        await using var app = await StartAsync(Territories);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        var stateBefore = JsonSerializer.Serialize(await store.GetRoutingStateAsync(), EngineJson.Options);

        var previewed = await Simulate(app, $$"""{"leads":[{{TokyoLead}},{"email":"k@example.jp","region":"北海道札幌市","country":"JP"},{"email":"x@example.de"}]}""");

        Assert.Equal(["r1", "sato", "r2"], previewed["leads"]!.AsArray().Select(l => l.Str("ownerId")));
        Assert.Equal(stateBefore, JsonSerializer.Serialize(await store.GetRoutingStateAsync(), EngineJson.Options));
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
        Assert.Empty((await (await app.Admin().GetAsync("/api/outbox")).Json())["items"]!.AsArray());
        Assert.Empty((await (await app.Admin().GetAsync("/api/tasks")).Json())["items"]!.AsArray());
        Assert.Null(await store.NextTimerDueAsync());
        var real = await (await app.Admin().PostJson("/api/leads", TokyoLead)).Json();
        Assert.Equal("r1", real.Str("ownerId")); // the preview's r1, r2 never happened
    }

    [StoreFact]
    public async Task later_leads_of_one_preview_see_the_rotation_as_the_earlier_ones_moved_it_from_the_live_state()
    {
        await using var app = await StartAsync(Territories);
        await app.Admin().PostJson("/api/leads", """{"email":"first@example.de"}"""); // r1: the live cursor is on r1 now

        var previewed = await Simulate(app, """{"leads":[{"email":"a@example.de"},{"email":"b@example.de"},{"email":"c@example.de"}]}""");

        Assert.Equal(["r2", "r3", "r1"], previewed["leads"]!.AsArray().Select(l => l.Str("ownerId")));
        Assert.Equal("r2", (await (await app.Admin().PostJson("/api/leads", """{"email":"d@example.de"}""")).Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task a_draft_configuration_is_previewed_and_the_live_one_stays()
    {
        await using var app = await StartAsync(Territories);
        var draft = Territories.Replace("\"region\",\"op\":\"contains\",\"value\":\"北海道\"", "\"region\",\"op\":\"contains\",\"value\":\"東京\"");

        var answer = await Simulate(app, WithDraft(TokyoLead, draft));

        Assert.Equal(("sato", true, 0), (answer["leads"]![0].Str("ownerId"), answer["draft"]!.GetValue<bool>(), answer["configVersion"]!.GetValue<int>()));
        Assert.Equal(0, answer["leads"]![0]!["decisions"]![0]!["configVersion"]!.GetValue<int>());
        Assert.Equal(1, (await (await app.Admin().GetAsync("/api/config")).Json())["version"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task bad_preview_bodies_are_400_problems_naming_the_field_and_create_nothing()
    {
        await using var app = await StartAsync(Territories);
        var ok = """{"email":"a@example.jp"}""";
        var tooMany = "[" + string.Join(",", Enumerable.Repeat(ok, 1_001)) + "]";
        (string Body, string Path)[] cases =
        [
            ("{}", "leads"),
            ("""{"leads":[]}""", "leads"),
            ("""{"leads":{}}""", "leads"),
            ("""{"leads":null}""", "leads"),
            ("{\"leads\":" + tooMany + "}", "leads"),
            ("""{"leads":[42]}""", "leads[0]"),
            ($$"""{"leads":[{{ok}},{"email":"no-at-sign"}]}""", "leads[1].email"),
            ($$"""{"leads":[{{ok}},{},{"email":"b@example.jp","employees":true}]}""", "leads[1].email"),
            ($$"""{"leads":[{{ok}},{"email":"b@example.jp","employees":true}]}""", "leads[1].employees"),
            ("""{"leads":[{"email":"a@example.jp","regoin":"北海道"}]}""", "leads[0].regoin"),
            ($$$"""{"leads":[{{{ok}}}],"replay":{"from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z"}}""", "replay"),
            ($$$"""{"leads":[{{{ok}}}],"lead":{}}""", "lead"),
            ($$"""{"leads":[{{ok}}],"config":"draft.json"}""", "config"),
            ($$$"""{"leads":[{{{ok}}}],"config":{"workflows":"none"}}""", "config.workflows"),
            ($$$"""{"leads":[{{{ok}}}],"config":{"reps":[{"id":"x","name":"X","active":"yes"}]}}""", "config.reps[0].active"),
            (WithDraft(ok, Territories.Replace("\"op\":\"contains\"", "\"op\":\"near\"")), "config.workflows[0].conditions.all[1].op"),
            (WithDraft(ok, Territories.Replace("\"pool\":\"inbound\"}", "\"pool\":\"outbound\"}")), "config.workflows[1].actions[0].pool"),
            (WithDraft(ok, Territories.Replace("\"id\":\"soon\"", "\"id\":\"later\"").Replace("s3cret", "********")), "config.workflows[1].actions[1].secret"),
            ("[]", "$"),
            ("{\"leads\":[", "leads"),
            ("null", "$"),
            ("""{"leads":[{"email":"a@example.jp","fields":{"x":{"nested":1}}}]}""", "leads[0].fields.x"),
        ];
        foreach (var (body, path) in cases)
        {
            var response = await app.Admin().PostJson("/api/simulate", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body[..Math.Min(body.Length, 120)]}: {response.StatusCode} {text}");
            Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(path), $"{body[..Math.Min(body.Length, 120)]}: no error at {path} in {text}");
        }
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_preview_is_for_admins_and_managers()
    {
        await using var app = await StartAsync(Territories);
        var body = """{"leads":[{"email":"a@example.jp"}]}""";

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor("manager")).PostJson("/api/simulate", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).PostJson("/api/simulate", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("intake")).PostJson("/api/simulate", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostJson("/api/simulate", body)).StatusCode);
    }

    [StoreFact]
    public async Task explain_full_traces_a_stored_leads_decisions_under_the_version_they_recorded()
    {
        await using var app = await StartAsync(Territories);
        var id = (await (await app.Admin().PostJson("/api/leads", TokyoLead)).Json()).Str("id");
        var response = await app.Admin().PutJson("/api/config", Territories.Replace("\"id\":\"paused\"", "\"id\":\"paused-later\""));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var routing = await (await app.Admin().GetAsync($"/api/leads/{id}/routing?explain=full")).Json();

        Assert.NotEmpty(routing["decisions"]!.AsArray());
        var walk = Assert.Single(routing["trace"]!.AsArray())!;
        Assert.Equal(("lead.created", 1), (walk.Str("trigger"), walk["configVersion"]!.GetValue<int>()));
        var workflows = walk["workflows"]!.AsArray();
        Assert.Equal(["hokkaido:not_matched", "soon:matched", "paused:disabled", "rest:not_reached"],
            workflows.Select(w => $"{w.Str("workflowId")}:{w.Str("status")}"));
        Assert.Equal("conditions.all[1]: region \"東京都\" does not contain \"北海道\"", workflows[0]!["failed"].Str("text"));
    }

    [StoreFact]
    public async Task without_explain_the_routing_answer_is_as_before_and_a_bad_explain_is_a_400()
    {
        await using var app = await StartAsync(Territories);
        var id = (await (await app.Admin().PostJson("/api/leads", TokyoLead)).Json()).Str("id");

        var plain = await (await app.Admin().GetAsync($"/api/leads/{id}/routing")).Json();
        var bad = await app.Admin().GetAsync($"/api/leads/{id}/routing?explain=yes");
        var byRep = await (await app.ClientFor("rep", "r1")).GetAsync($"/api/leads/{id}/routing?explain=full");

        Assert.Equal(["leadId", "decisions"], plain.Select(p => p.Key));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("explain", (await bad.Json())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
    }

    [StoreFact]
    public async Task explain_full_says_when_a_decisions_configuration_version_no_longer_exists()
    {
        await using var app = await StartAsync(Territories);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        await using (var tx = await store.BeginRoutingAsync())
        {
            var lead = new Lead { Id = "ld_old", Data = JsonNode.Parse("""{"email":"old@example.jp"}""")!.AsObject(), OwnerId = "sato", Status = LeadStatus.Assigned };
            await tx.InsertLeadsAsync([new NewLead(lead, null)]);
            await tx.AppendDecisionsAsync([new LeadDecisions("ld_old", [new Decision
                { Trigger = "lead.created", WorkflowId = "gone", Action = "assign", Outcome = Outcomes.Assigned, ConfigVersion = 99, ChosenRepId = "sato" }])]);
            await tx.CommitAsync();
        }

        var response = await app.Admin().GetAsync("/api/leads/ld_old/routing?explain=full");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var walk = Assert.Single((await response.Json())["trace"]!.AsArray())!;
        Assert.Equal("configuration version 99 no longer exists: its workflows cannot be shown", walk.Str("missing"));
        Assert.Null(walk["workflows"]);
    }

    private static string WithDraft(string lead, string config) => "{\"leads\":[" + lead + "],\"config\":" + config + "}";

    private static async Task<JsonObject> Simulate(SwitchboardApp app, string body)
    {
        var response = await app.Admin().PostJson("/api/simulate", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
