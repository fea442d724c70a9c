using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private static async Task<string[]> ListedAsync(HttpClient client, string list) =>
        [.. (await (await client.GetAsync($"/api/lists/{list}/leads")).Json())["items"]!.AsArray().Select(l => l.Str("id")!)];

    private static async Task<JsonObject> CreateLeadAsync(HttpClient client, string body = """{"email":"y@example.jp"}""") =>
        await (await client.PostJson("/api/leads", body)).Json();

    [StoreFact]
    public async Task events_raise_the_score_and_fire_event_received_workflows()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var lead = await CreateLeadAsync(client, """{"email":"y@example.jp","industry":"製造業"}""");
        Assert.Equal((30, "cold"), (lead["score"]!.GetValue<int>(), lead.Str("grade")));

        var response = await client.PostJson($"/api/leads/{lead.Str("id")}/events", """{"type":"seminar_attended","properties":{"seminar":"名古屋 2026"}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Json();
        Assert.Equal((55, "warm"), (answer["lead"]!["score"]!.GetValue<int>(), answer["lead"].Str("grade")));
        Assert.Equal("名古屋 2026", answer["properties"].Str("seminar"));
        Assert.Equal([lead.Str("id")!], await ListedAsync(client, "seminar"));
        var history = await (await client.GetAsync($"/api/leads/{lead.Str("id")}/events")).Json();
        Assert.Equal("seminar_attended", Assert.Single(history["items"]!.AsArray()).Str("type"));
    }

    [StoreFact]
    public async Task a_lead_whose_events_make_it_hot_lands_on_the_hot_list_once()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var lead = await CreateLeadAsync(client, """{"email":"h@example.jp","industry":"manufacturing"}""");
        var id = lead.Str("id");
        await client.PostJson("/api/events", $$"""[{"leadId":"{{id}}","type":"campaign_reaction"},{"leadId":"{{id}}","type":"campaign_reaction"}]""");
        Assert.Empty(await ListedAsync(client, "hot"));
        var hot = await (await client.PostJson($"/api/leads/{id}/events", """{"type":"seminar_attended"}""")).Json();
        Assert.Equal("hot", hot["lead"].Str("grade"));
        Assert.Contains(hot["lead"]!["decisions"]!.AsArray(), d => d.Str("trigger") == "score.crossed" && d.Str("workflowId") == "hot");
        await client.PostJson($"/api/leads/{id}/events", """{"type":"page_visit"}""");
        Assert.Equal([id!], await ListedAsync(client, "hot"));
        var routing = await (await client.GetAsync($"/api/leads/{id}/routing")).Json();
        Assert.Single(routing["decisions"]!.AsArray(), d => d.Str("trigger") == "score.crossed");
    }

    [StoreFact]
    public async Task bulk_events_are_answered_per_item()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client)).Str("id");
        var response = await client.PostJson("/api/events", $$"""
            [{"leadId":"{{id}}","type":"page_visit","at":"2026-01-05T10:00:00Z"},
             {"leadId":"ld_missing","type":"page_visit"},
             {"leadId":"{{id}}","type":"not a type"},
             {"leadId":"{{id}}","type":"seminar_attended"}]
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Json())["items"]!.AsArray();
        Assert.Equal([201, 404, 400, 201], items.Select(i => i!["status"]!.GetValue<int>()));
        Assert.NotNull(items[2]!["errors"]!["type"]);
        Assert.Equal([id!], await ListedAsync(client, "seminar"));
        var lead = await (await client.GetAsync($"/api/leads/{id}")).Json();
        Assert.InRange(lead["score"]!.GetValue<int>(), 25, 27);
        Assert.Equal(2, (await (await client.GetAsync($"/api/leads/{id}/events")).Json())["items"]!.AsArray().Count);
    }

    [StoreFact]
    public async Task an_event_needs_a_valid_type_and_a_known_lead()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client)).Str("id");
        var missingType = await client.PostJson($"/api/leads/{id}/events", """{"properties":{}}""");
        Assert.Equal(HttpStatusCode.BadRequest, missingType.StatusCode);
        Assert.NotNull((await missingType.Json())["errors"]!["type"]);
        var badAt = await client.PostJson($"/api/leads/{id}/events", """{"type":"page_visit","at":"yesterday"}""");
        Assert.NotNull((await badAt.Json())["errors"]!["at"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostJson("/api/leads/ld_nope/events", """{"type":"page_visit"}""")).StatusCode);
    }

    [StoreFact]
    public async Task the_lead_list_filters_by_minimum_score_and_grade()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var fit = (await CreateLeadAsync(client, """{"email":"f@example.jp","industry":"製造業"}""")).Str("id");
        var plain = (await CreateLeadAsync(client, """{"email":"p@example.jp"}""")).Str("id");
        var engaged = (await CreateLeadAsync(client, """{"email":"e@example.jp","industry":"manufacturing"}""")).Str("id");
        await client.PostJson($"/api/leads/{engaged}/events", """{"type":"seminar_attended"}""");

        async Task<string[]> Ids(string query) => [.. (await (await client.GetAsync("/api/leads" + query)).Json())["items"]!.AsArray().Select(l => l.Str("id")!)];
        Assert.Equal([engaged!, fit!], await Ids("?minScore=30"));
        Assert.Equal([engaged!], await Ids("?grade=warm"));
        Assert.Equal([plain!], await Ids("?grade=cold&minScore=0&owner=" + (await (await client.GetAsync($"/api/leads/{plain}")).Json()).Str("ownerId")));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/leads?minScore=lots")).StatusCode);
    }

    [StoreFact]
    public async Task a_stage_change_fires_stage_changed_workflows_and_unknown_stages_are_refused()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client)).Str("id");
        await client.PostJson($"/api/leads/{id}/stage", """{"stage":"MQL"}""");
        Assert.Empty(await ListedAsync(client, "mql"));
        await client.PostJson($"/api/leads/{id}/stage", """{"stage":"Nurturing"}""");
        var moved = await (await client.PostJson($"/api/leads/{id}/stage", """{"stage":"MQL"}""")).Json();
        Assert.Contains(moved["decisions"]!.AsArray(), d => d.Str("trigger") == "stage.changed" && d.Str("workflowId") == "mql");
        Assert.Equal([id!], await ListedAsync(client, "mql"));
        var unknown = await client.PostJson($"/api/leads/{id}/stage", """{"stage":"Closing"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Nurturing", (await unknown.Json())["errors"]!["stage"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task configured_lead_stages_replace_the_defaults()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/lead-stages", """["New","Qualified","Won"]""")).StatusCode);
        var id = (await CreateLeadAsync(client)).Str("id");
        Assert.Equal(HttpStatusCode.OK, (await client.PatchJson($"/api/leads/{id}", """{"stage":"Qualified"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PatchJson($"/api/leads/{id}", """{"stage":"MQL"}""")).StatusCode);
        var missingNew = await client.PutJson("/api/lead-stages", """["Qualified"]""");
        Assert.NotNull((await missingNew.Json())["errors"]!["$"]);
    }

    [StoreFact]
    public async Task converting_a_lead_creates_a_deal_and_closes_the_lead()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var lead = await CreateLeadAsync(client, """{"email":"c@example.jp","company":"ACME 株式会社"}""");
        var response = await client.PostJson($"/api/leads/{lead.Str("id")}/convert", """{"amount":1250000.50}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var deal = await response.Json();
        Assert.Equal(("default", "First meeting", "open", lead.Str("ownerId"), "ACME 株式会社"),
            (deal.Str("pipeline"), deal.Str("stage"), deal.Str("status"), deal.Str("ownerId"), deal.Str("name")));
        Assert.Equal(1250000.50m, deal["amount"]!.GetValue<decimal>());
        Assert.Equal(("converted", "Convert"), (deal["lead"].Str("status"), deal["lead"].Str("stage")));
        Assert.Equal($"/api/deals/{deal.Str("id")}", response.Headers.Location!.OriginalString);

        var read = await (await client.GetAsync($"/api/deals/{deal.Str("id")}")).Json();
        Assert.Equal(deal.Str("id"), read.Str("id"));
        var mine = await (await client.GetAsync($"/api/deals?owner={lead.Str("ownerId")}")).Json();
        Assert.Equal(deal.Str("id"), Assert.Single(mine["items"]!.AsArray()).Str("id"));
        var again = await client.PostJson($"/api/leads/{lead.Str("id")}/convert", """{"amount":1}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [StoreFact]
    public async Task convert_needs_an_amount_and_a_known_pipeline()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client)).Str("id");
        Assert.NotNull((await (await client.PostJson($"/api/leads/{id}/convert", "{}")).Json())["errors"]!["amount"]);
        Assert.NotNull((await (await client.PostJson($"/api/leads/{id}/convert", """{"amount":-5}""")).Json())["errors"]!["amount"]);
        Assert.NotNull((await (await client.PostJson($"/api/leads/{id}/convert", """{"amount":5,"pipeline":"nope"}""")).Json())["errors"]!["pipeline"]);
        Assert.Equal("assigned", (await (await client.GetAsync($"/api/leads/{id}")).Json()).Str("status"));
    }

    [StoreFact]
    public async Task a_lost_deal_puts_its_lead_on_the_re_nurture_list()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client)).Str("id");
        var deal = await (await client.PostJson($"/api/leads/{id}/convert", """{"amount":5000}""")).Json();
        var proposal = await client.PatchJson($"/api/deals/{deal.Str("id")}", """{"stage":"Proposal","amount":7000}""");
        Assert.Equal(("Proposal", 7000), ((await proposal.Json()).Str("stage"), (await (await client.GetAsync($"/api/deals/{deal.Str("id")}")).Json())["amount"]!.GetValue<int>()));
        Assert.Empty(await ListedAsync(client, "re-nurture"));

        var lost = await (await client.PatchJson($"/api/deals/{deal.Str("id")}", """{"stage":"lost"}""")).Json();
        Assert.Equal(("lost", "lost"), (lost.Str("stage"), lost.Str("status")));
        Assert.NotNull(lost.Str("closedAt"));
        Assert.Contains(lost["lead"]!["decisions"]!.AsArray(), d => d.Str("trigger") == "deal.stage.changed" && d.Str("workflowId") == "lost");
        Assert.Equal([id!], await ListedAsync(client, "re-nurture"));
        Assert.Empty(await ListedAsync(client, "upsell"));
    }

    [StoreFact]
    public async Task a_deal_stage_outside_its_pipeline_is_refused()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client)).Str("id");
        var deal = await (await client.PostJson($"/api/leads/{id}/convert", """{"amount":5000}""")).Json();
        var response = await client.PatchJson($"/api/deals/{deal.Str("id")}", """{"stage":"Closing"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["stage"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PatchJson("/api/deals/deal_nope", """{"stage":"won"}""")).StatusCode);
    }

    [StoreFact]
    public async Task a_rep_sees_only_its_own_deals()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var admin = app.Admin();
        var kims = await CreateLeadAsync(admin);
        var satos = await CreateLeadAsync(admin, """{"email":"s@example.jp"}""");
        var kimDeal = await (await admin.PostJson($"/api/leads/{kims.Str("id")}/convert", """{"amount":1}""")).Json();
        var satoDeal = await (await admin.PostJson($"/api/leads/{satos.Str("id")}/convert", """{"amount":2}""")).Json();
        var kim = await app.ClientFor("rep", "kim");
        Assert.Equal(kimDeal.Str("id"), Assert.Single((await (await kim.GetAsync("/api/deals")).Json())["items"]!.AsArray()).Str("id"));
        Assert.Equal(HttpStatusCode.NotFound, (await kim.GetAsync($"/api/deals/{satoDeal.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kim.PatchJson($"/api/deals/{satoDeal.Str("id")}", """{"stage":"won"}""")).StatusCode);
    }

    [StoreFact]
    public async Task scoring_errors_name_their_path_and_the_config_shows_stages_and_pipelines()
    {
        await using var app = await StartAsync(LifecycleConfigs.HotProfile);
        var client = app.Admin();
        var bad = await client.PutJson("/api/scoring", """{"fit":[{"when":{"field":"industry","op":"like","value":"x"},"points":5}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.Json())["errors"]!["fit[0].when.op"]);
        var config = await (await client.GetAsync("/api/config")).Json();
        Assert.Equal("New", config["leadStages"]![0]!.GetValue<string>());
        Assert.Equal("default", config["pipelines"]![0].Str("id"));
        Assert.Equal(30, config["scoring"]!["fit"]![0]!["points"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task the_demo_organisation_puts_seminar_attendees_and_lost_deals_on_their_lists()
    {
        await using var app = await StartAsync(demo: true);
        var client = app.Admin();
        var id = (await CreateLeadAsync(client, """{"email":"s@example.jp","region":"北海道"}""")).Str("id");
        await client.PostJson($"/api/leads/{id}/events", """{"type":"seminar_attended"}""");
        Assert.Equal([id!], await ListedAsync(client, "seminar"));
        var deal = await (await client.PostJson($"/api/leads/{id}/convert", """{"amount":100}""")).Json();
        await client.PatchJson($"/api/deals/{deal.Str("id")}", """{"stage":"lost"}""");
        Assert.Equal([id!], await ListedAsync(client, "re-nurture"));
    }
}
