using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// Speed to lead, SLA and the funnel over leads routed, touched, breached and converted through the API.
public abstract partial class ApiSuite
{
    private static JsonNode Group(JsonObject report, string by, string key) => report[by]!.AsArray().Single(g => g.Str("key") == key)!;

    [StoreFact]
    public async Task speed_to_lead_gives_exact_percentiles_of_the_time_to_first_touch_and_counts_untouched_leads()
    {
        await using var app = await StartReportsAsync();   // w0 → a, w1 → b, w2 → d, w3 → a, all assigned on creation
        foreach (var (lead, seconds) in new[] { (0, 60), (1, 60), (2, 480) })
        {
            await app.AdvanceAsync(Duration.FromSeconds(seconds));
            Assert.Equal(HttpStatusCode.OK, (await app.Admin().PostJson($"/api/leads/{Web(lead)}/touch", """{"type":"call"}""")).StatusCode);
        }

        var report = await (await app.Admin().GetAsync("/api/reports/speed-to-lead?source=web&from=2026-12-07&to=2026-12-07")).Json();

        // Touched after 60, 120 and 600 s: p50 is the 2nd of 3 (ceil(1.5)), p90 and p99 the 3rd.
        var overall = report["overall"]!;
        Assert.Equal((3, 60.0 * 2, 600.0, 600.0), ((int)overall["assignedToFirstTouch"]!["count"]!, (double)overall["assignedToFirstTouch"]!["p50Seconds"]!,
            (double)overall["assignedToFirstTouch"]!["p90Seconds"]!, (double)overall["assignedToFirstTouch"]!["p99Seconds"]!));
        Assert.Equal((4, 0.0, 1), ((int)overall["createdToAssigned"]!["count"]!, (double)overall["createdToAssigned"]!["p99Seconds"]!, (int)overall["untouched"]!));
        Assert.Equal((1, 60.0, 1), ((int)Group(report, "byRep", "a")["assignedToFirstTouch"]!["count"]!,
            (double)Group(report, "byRep", "a")["assignedToFirstTouch"]!["p50Seconds"]!, (int)Group(report, "byRep", "a")["untouched"]!));
        Assert.Equal(4, (int)Group(report, "byPool", "even")["leads"]!);
        Assert.Equal(4, (int)Group(report, "byDay", "2026-12-07")["leads"]!);
        Assert.Equal(["web"], report["bySource"]!.AsArray().Select(g => g.Str("key")));
    }

    [StoreFact]
    public async Task speed_to_lead_days_are_cut_in_the_time_zone_asked_and_it_refuses_a_workflow_filter()
    {
        await using var app = await StartReportsAsync();   // Monday 01:00 UTC: Sunday evening in Los Angeles

        var angeles = await (await app.Admin().GetAsync("/api/reports/speed-to-lead?timeZone=America/Los_Angeles")).Json();

        Assert.Equal(["2026-12-06"], angeles["byDay"]!.AsArray().Select(g => g.Str("key")));
        await AssertInvalidQuery(app.Admin(), "/api/reports/speed-to-lead?workflow=partners", "workflow");
        await AssertInvalidQuery(app.Admin(), "/api/reports/funnel?workflow=partners", "workflow");
    }

    [StoreFact]
    public async Task sla_counts_breaches_reassignments_and_escalations_per_rep_and_pool()
    {
        await using var app = await StartReportsAsync();   // web leads: w0 → a, w1 → b, w2 → d, w3 → a
        foreach (var i in new[] { 1, 2, 3 })
            await app.Admin().PostJson($"/api/leads/{Web(i)}/touch", """{"type":"call"}""");
        await app.AdvanceAsync(Duration.FromMinutes(61));   // w0 breached by a, reassigned (a excluded) to the next after d: b
        await app.AdvanceAsync(Duration.FromMinutes(61));   // w0 breached by b, its one reassignment used: escalated

        var report = await (await app.Admin().GetAsync("/api/reports/sla?pool=even")).Json();

        var a = report["byRep"]!.AsArray().Single(r => r.Str("repId") == "a")!;
        var b = report["byRep"]!.AsArray().Single(r => r.Str("repId") == "b")!;
        Assert.Equal((2, 1, 1, 0, 0.5), ((int)a["assignments"]!, (int)a["breaches"]!, (int)a["reassignments"]!, (int)a["escalations"]!, (double)a["breachRate"]!));
        Assert.Equal((2, 1, 0, 1, 0.5), ((int)b["assignments"]!, (int)b["breaches"]!, (int)b["reassignments"]!, (int)b["escalations"]!, (double)b["breachRate"]!));
        // even: 4 assignments on creation + 1 reassignment, 2 breaches.
        Assert.Equal((5, 2, 0.4), ((int)report["total"]!["assignments"]!, (int)report["total"]!["breaches"]!, (double)report["total"]!["breachRate"]!));
    }

    [StoreFact]
    public async Task funnel_counts_stages_deals_and_the_roi_of_a_campaign_with_a_cost()
    {
        await using var app = await StartReportsAsync();   // p0..p7 are in campaign expo (cost 1000)
        var client = app.Admin();
        async Task<string> ConvertAsync(string lead, decimal amount) =>
            (await (await client.PostJson($"/api/leads/{lead}/convert", $$"""{"amount":{{amount}}}""")).Json()).Str("id")!;
        var won = await ConvertAsync(_routed[0], 2500);
        var lost = await ConvertAsync(_routed[1], 700);
        await ConvertAsync(Web(0), 300);
        Assert.Equal(HttpStatusCode.OK, (await client.PatchJson($"/api/deals/{won}", """{"stage":"won"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PatchJson($"/api/deals/{lost}", """{"stage":"lost"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJson($"/api/leads/{Web(1)}/stage", """{"stage":"MQL"}""")).StatusCode);

        var report = await (await client.GetAsync("/api/reports/funnel")).Json();

        Assert.Equal("""[{"stage":"New","leads":8},{"stage":"Nurturing","leads":0},{"stage":"MQL","leads":1},{"stage":"Working","leads":0},{"stage":"Convert","leads":3},{"stage":"SQL","leads":0}]""",
            report["stages"]!.ToJsonString());
        // Reached New or later: 12; Nurturing or later: 4; MQL or later: 4; Working or later: 3.
        Assert.Equal([0.3333, 1.0, 0.75, 1.0, 0.0], report["conversions"]!.AsArray().Select(c => (double)c!["rate"]!));
        Assert.Equal("""[{"pipeline":"default","stage":"First meeting","count":1,"amount":300},{"pipeline":"default","stage":"won","count":1,"amount":2500},{"pipeline":"default","stage":"lost","count":1,"amount":700}]""",
            report["deals"]!.ToJsonString());
        var expo = report["byCampaign"]!.AsArray().Single(c => c.Str("campaignId") == "expo")!;
        Assert.Equal((1, 2500m, 1, 700m, 1000m, 1.5m), ((int)expo["won"]!, (decimal)expo["wonAmount"]!, (int)expo["lost"]!, (decimal)expo["lostAmount"]!, (decimal)expo["cost"]!, (decimal)expo["roi"]!));
        var partner = report["bySource"]!.AsArray().Single(c => c.Str("name") == "partner")!;
        Assert.Equal((1, 1), ((int)partner["won"]!, (int)partner["lost"]!));
    }

    [StoreFact]
    public async Task a_campaign_cost_must_not_be_negative_nor_text()
    {
        await using var app = await StartAsync(ReportsConfig);

        var negative = await app.Admin().PutJson("/api/config", ReportsConfig.Replace("\"cost\":1000", "\"cost\":-1"));
        var text = await app.Admin().PutJson("/api/config", ReportsConfig.Replace("\"cost\":1000", "\"cost\":\"lots\""));

        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.NotNull((await negative.Json())["errors"]!["config.campaigns[0].cost"] ?? (await negative.Json())["errors"]!["campaigns[0].cost"]);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal(1000m, (decimal)(await (await app.Admin().GetAsync("/api/campaigns/expo")).Json())["cost"]!);
    }

    [StoreFact]
    public async Task every_report_answers_csv_and_json()
    {
        await using var app = await StartReportsAsync();

        foreach (var name in new[] { "speed-to-lead", "sla", "funnel" })
        {
            var csv = await app.Admin().GetAsync($"/api/reports/{name}?format=csv");
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.True((await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1, name);
            Assert.Equal(HttpStatusCode.OK, (await app.Admin().GetAsync($"/api/reports/{name}?format=json")).StatusCode);
            await AssertInvalidQuery(app.Admin(), $"/api/reports/{name}?from=2026-12-07&to=2026-12-06", "to");
        }
    }
}
