using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task creating_a_lead_routes_it_and_answers_201_with_owner_and_decisions()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", """{"email":"a@example.jp","region":"北海道","fields":{"導入検討時期":"3カ月以内"}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var lead = await response.Json();
        Assert.Equal("sato", lead.Str("ownerId"));
        Assert.Equal("assigned", lead.Str("status"));
        Assert.Equal("New", lead.Str("stage"));
        Assert.Equal(1, lead["configVersion"]!.GetValue<int>());
        var decision = lead["decisions"]![0]!;
        Assert.Equal(("lead.created", "hokkaido", "assign", "direct", "sato"),
            (decision.Str("trigger"), decision.Str("workflowId"), decision.Str("action"), decision.Str("strategy"), decision.Str("chosenRepId")));
        Assert.Equal("sato", decision["candidates"]![0].Str("repId"));
        Assert.True(decision["candidates"]![0]!["eligible"]!.GetValue<bool>());
        Assert.Equal($"/api/leads/{lead.Str("id")}", response.Headers.Location!.OriginalString);
    }

    [StoreFact]
    public async Task every_received_value_is_stored_exactly_as_sent()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var sent = JsonNode.Parse("""
            {"firstName":"민지","lastName":"김","company":"Müller & Söhne GmbH","region":"東京都","city":"ＴＯＫＹＯ",
             "employees":"１００-９９９人","productInterest":["A","Ｂ"],"source":"web 🚀",
             "fields":{"導入検討時期":"3カ月以内","Straße":"Königsallee 1","emoji":"👍🏽"}}
            """)!.AsObject();
        var created = await (await app.Admin().PostJson("/api/leads", sent.ToJsonString())).Json();
        var read = await (await app.Admin().GetAsync($"/api/leads/{created.Str("id")}")).Json();
        foreach (var (key, value) in sent)
            Assert.True(JsonNode.DeepEquals(value, read[key]), $"{key}: sent {value?.ToJsonString()} read {read[key]?.ToJsonString()}");
    }

    [StoreFact]
    public async Task a_retry_with_the_same_idempotency_key_returns_the_first_lead_and_creates_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await Send(client, "retry-1", "same@example.kr");
        var again = await Send(client, "retry-1", "same@example.kr");
        Assert.Equal(first.Str("id"), again.Str("id"));
        Assert.Equal(first.Str("ownerId"), again.Str("ownerId"));
        Assert.NotEmpty(again["decisions"]!.AsArray());
        var next = await Send(client, "retry-2", "other@example.kr");
        Assert.Equal("r2", next.Str("ownerId"));
        var list = await (await client.GetAsync("/api/leads")).Json();
        Assert.Equal(2, list["items"]!.AsArray().Count);

        static async Task<JsonObject> Send(HttpClient client, string key, string email)
        {
            var response = await client.PostJson("/api/leads", $$"""{"email":"{{email}}"}""", key);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.Json();
        }
    }

    [StoreFact]
    public async Task a_retry_with_the_same_external_id_returns_the_first_lead()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"externalId":"crm-42","email":"x@example.de"}""")).Json();
        var again = await (await client.PostJson("/api/leads", """{"externalId":"crm-42","email":"x@example.de"}""")).Json();
        Assert.Equal(first.Str("id"), again.Str("id"));
        Assert.Equal("crm-42", again.Str("externalId"));
    }

    [StoreFact]
    public async Task unknown_lead_is_a_404_problem()
    {
        await using var app = await StartAsync();
        var response = await app.Admin().GetAsync("/api/leads/ld_nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [StoreFact]
    public async Task routing_history_lists_every_decision_of_the_lead()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var lead = await (await client.PostJson("/api/leads", """{"email":"h@example.jp"}""")).Json();
        await client.PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"r5"}""");
        var routing = await (await client.GetAsync($"/api/leads/{lead.Str("id")}/routing")).Json();
        Assert.Equal(lead.Str("id"), routing.Str("leadId"));
        var decisions = routing["decisions"]!.AsArray();
        Assert.Equal(["lead.created", "manual", "manual"], decisions.Select(d => d.Str("trigger")));
        Assert.Equal("r5", decisions[1].Str("chosenRepId"));
        Assert.Equal(("handover", "r5"), (decisions[2].Str("action"), decisions[2].Str("chosenRepId")));
    }

    [StoreFact]
    public async Task patch_fires_lead_updated_and_assigns_an_unowned_lead()
    {
        var config = TestConfigs.SevenRoundRobin.Replace(
            """{"id":"inbound","name":"Everything else","priority":20,"trigger":{"type":"lead.created"},""",
            """{"id":"inbound","name":"On update","priority":20,"trigger":{"type":"lead.updated","fields":["industry"]},""");
        await using var app = await StartAsync(config);
        var client = app.Admin();
        var lead = await (await client.PostJson("/api/leads", """{"email":"p@example.jp"}""")).Json();
        Assert.Null(lead.Str("ownerId"));
        var patched = await client.PatchJson($"/api/leads/{lead.Str("id")}", """{"industry":"製造業","fields":{"導入検討時期":"未定"}}""");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var body = await patched.Json();
        Assert.Equal("r1", body.Str("ownerId"));
        Assert.Equal("製造業", body.Str("industry"));
        Assert.Equal("未定", body["fields"].Str("導入検討時期"));
        Assert.Equal("lead.updated", body["decisions"]![0].Str("trigger"));
    }

    [StoreFact]
    public async Task disqualifying_a_lead_frees_the_owners_load()
    {
        var config = TestConfigs.SevenRoundRobin.Replace("\"strategy\":\"round_robin\"", "\"strategy\":\"least_loaded\"");
        await using var app = await StartAsync(config);
        var client = app.Admin();
        var leads = new List<JsonObject>();
        for (var i = 0; i < 7; i++) leads.Add(await (await client.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json());
        var third = leads.Single(l => l.Str("ownerId") == "r3");
        var closed = await client.PatchJson($"/api/leads/{third.Str("id")}", """{"status":"disqualified"}""");
        Assert.Equal("disqualified", (await closed.Json()).Str("status"));
        Assert.Equal("r3", (await (await client.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task list_filters_by_owner_and_pages_with_a_cursor()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        for (var i = 0; i < 15; i++) await client.PostJson("/api/leads", $$"""{"email":"l{{i}}@example.jp"}""");
        var seen = new HashSet<string>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/leads?owner=r1&limit=1{(cursor is null ? "" : "&cursor=" + cursor)}")).Json();
            foreach (var item in page["items"]!.AsArray())
            {
                Assert.Equal("r1", item.Str("ownerId"));
                Assert.True(seen.Add(item.Str("id")!));
            }
            cursor = page.Str("nextCursor");
        }
        while (cursor is not null);
        Assert.Equal(3, seen.Count);
        var byQuery = await (await client.GetAsync("/api/leads?q=L3%40EXAMPLE")).Json();
        Assert.Equal("l3@example.jp", Assert.Single(byQuery["items"]!.AsArray()).Str("email"));
    }

    [StoreFact]
    public async Task manual_assignment_needs_a_manager_and_an_existing_rep()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var rep = await app.ClientFor("rep", "r1");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"r1"}""")).StatusCode);
        var manager = await app.ClientFor("manager");
        var unknown = await manager.PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"ghost"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.Json())["errors"]!["repId"]);
        var ok = await manager.PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"r4"}""");
        Assert.Equal("r4", (await ok.Json()).Str("ownerId"));
    }
}
