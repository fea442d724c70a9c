using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private static readonly string[] IdentifyingFields = ["email", "phone", "firstName", "lastName", "company", "externalId"];

    [StoreFact]
    public async Task a_lead_without_any_identifying_field_is_refused_naming_them_and_nothing_is_stored()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        foreach (var body in new[] { "{}", """{"email":"  ","firstName":"","region":"北海道","fields":{"note":"x"}}""", """{"externalId":"   "}""" })
        {
            var response = await app.Admin().PostJson("/api/leads", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Json())["errors"]!.AsObject();
            Assert.All(IdentifyingFields, field => Assert.True(errors.ContainsKey(field), $"{body}: no error for {field}"));
        }
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_batch_item_without_any_identifying_field_is_an_error_and_the_others_are_created()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var answer = await (await app.Admin().PostJson("/api/leads/batch", """[{"phone":"03-1234-5678"},{"region":"北海道"}]""")).Json();
        var results = answer["results"]!.AsArray();
        Assert.Equal(["created", "error"], results.Select(r => r.Str("status")));
        Assert.True(results[1]!["errors"]!.AsObject().ContainsKey("[1].email"));
    }

    [StoreFact]
    public async Task owner_me_lists_the_leads_tasks_and_deals_of_the_rep_the_key_is_bound_to()
    {
        var task = """,{"type":"create_task","title":"Call"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(task));
        var mine = await (await app.Admin().PostJson("/api/leads", """{"email":"kim1@example.jp"}""")).Json();
        await app.Admin().PostJson("/api/leads", """{"email":"sato1@example.jp"}""");
        await app.Admin().PostJson($"/api/leads/{mine.Str("id")}/convert", """{"amount":1000}""");
        var kim = await app.ClientFor("rep", "kim");
        foreach (var list in new[] { "/api/leads", "/api/tasks", "/api/deals" })
        {
            var response = await kim.GetAsync(list + "?owner=me");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = (await response.Json())["items"]!.AsArray();
            Assert.NotEmpty(items);
            Assert.All(items, item => Assert.Equal("kim", item.Str("ownerId")));
        }
    }

    [StoreFact]
    public async Task owner_me_with_a_key_bound_to_no_rep_is_a_400_naming_owner()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        foreach (var list in new[] { "/api/leads", "/api/tasks", "/api/deals" })
        {
            var response = await app.Admin().GetAsync(list + "?owner=me");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey("owner"), list);
        }
    }

    [StoreFact]
    public async Task an_intake_key_learns_only_the_id_and_status_of_the_lead_it_created_or_merged()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var intake = await app.ClientFor("intake");
        await app.Admin().PostJson("/api/leads", """{"email":"known@example.jp","phone":"090-1111-2222","company":"ACME"}""");
        var created = await intake.PostJson("/api/leads", """{"email":"new@example.jp"}""", "first-try");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["id", "status"], (await created.Json()).Select(p => p.Key));
        var replayed = await intake.PostJson("/api/leads", """{"email":"new@example.jp"}""", "first-try");
        Assert.Equal(["id", "status"], (await replayed.Json()).Select(p => p.Key));
        var merged = await (await intake.PostJson("/api/leads", """{"email":"known@example.jp"}""")).Json();
        Assert.Equal(["id", "status", "duplicateOf"], merged.Select(p => p.Key));
    }

    [StoreFact]
    public async Task an_intake_keys_batch_results_name_no_owner()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var intake = await app.ClientFor("intake");
        var answer = await (await intake.PostJson("/api/leads/batch", """[{"email":"b1@example.jp"}]""")).Json();
        var result = Assert.Single(answer["results"]!.AsArray())!.AsObject();
        Assert.Equal(["index", "status", "leadId"], result.Select(p => p.Key));
    }

    [StoreFact]
    public async Task a_rep_outside_the_claim_board_gets_404_for_a_claim_like_every_other_action()
    {
        var shark = ""","claimWindow":"PT1H","afterWindow":"round_robin" """;
        await using var app = await StartAsync(FollowUpConfigs.Inbound(poolExtras: shark, strategy: "shark_tank"));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"board@example.jp"}""")).Json();
        var outsider = await app.ClientFor("rep", "lee");
        var claim = await outsider.PostAsync($"/api/leads/{lead.Str("id")}/claim", null);
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostJson($"/api/leads/{lead.Str("id")}/touch", "{}")).StatusCode);
        await (await app.ClientFor("rep", "kim")).PostAsync($"/api/leads/{lead.Str("id")}/claim", null);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/api/leads/{lead.Str("id")}/claim", null)).StatusCode);
    }

    [StoreFact]
    public async Task a_rejected_leads_open_task_moves_to_the_new_owner_and_the_move_is_in_its_history()
    {
        var task = """,{"type":"create_task","title":"Call"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(task));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"moving@example.jp"}""")).Json();
        var id = lead.Str("id");
        Assert.Equal("kim", lead.Str("ownerId"));
        var kim = await app.ClientFor("rep", "kim");
        Assert.Equal(HttpStatusCode.OK, (await kim.PostJson($"/api/leads/{id}/reject", """{"reason":"wrong_region"}""")).StatusCode);
        var moved = Assert.Single((await (await app.Admin().GetAsync("/api/tasks?owner=sato")).Json())["items"]!.AsArray());
        Assert.Equal(id, moved.Str("leadId"));
        Assert.Empty((await (await kim.GetAsync("/api/tasks")).Json())["items"]!.AsArray());
        var history = (await (await app.Admin().GetAsync($"/api/leads/{id}/routing")).Json())["decisions"]!.AsArray();
        Assert.Contains(history, d => d.Str("action") == "handover" && d.Str("chosenRepId") == "sato");
    }

    [StoreFact]
    public async Task a_task_made_while_the_lead_had_no_owner_goes_to_its_manual_assignee()
    {
        var config = FollowUpConfigs.Inbound().Replace("""{"type":"assign","pool":"inbound"}""", """{"type":"create_task","title":"Find an owner"}""");
        await using var app = await StartAsync(config);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"orphan@example.jp"}""")).Json();
        Assert.Null(lead.Str("ownerId"));
        var assigned = await app.Admin().PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"mueller"}""");
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var task = Assert.Single((await (await app.Admin().GetAsync("/api/tasks?owner=mueller")).Json())["items"]!.AsArray());
        Assert.Equal("Find an owner", task.Str("title"));
    }

    [StoreFact]
    public async Task a_notice_links_the_leads_console_page_at_the_public_address()
    {
        await using var sink = HttpSink.Start();
        var notify = $$""",{"type":"notify","channel":"slack","url":"{{sink.Url()}}"}""";
        var settings = new Dictionary<string, string> { ["Switchboard:PublicUrl"] = "https://switchboard.example.com/" };
        await using var app = await StartAsync(FollowUpConfigs.Inbound(notify), settings: settings);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"link@example.jp"}""")).Json();
        var received = Assert.Single(await sink.WaitForAsync(1));
        Assert.Contains($"https://switchboard.example.com/leads/{lead.Str("id")}", received.Body);
    }

    [StoreFact]
    public async Task a_form_that_can_give_no_identifying_field_refuses_every_submission()
    {
        var regionOnly = FormConfigs.DemoRequestForm.Replace(
            """{"key":"email","label":"メールアドレス","type":"email","required":true,"mapsTo":"email"},""", "");
        await using var app = await StartAsync(FormConfigs.WithForms(regionOnly));
        var response = await app.Anonymous().PostJson("/f/demo-request", """{"pref":"北海道"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey("email"));
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }
}
