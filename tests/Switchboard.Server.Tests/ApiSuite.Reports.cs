using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// GET /api/reports/*: leads routed through the real API, then read back in the reports; bad input answered per parameter.
public abstract partial class ApiSuite
{
    /// <summary>
    /// Partner leads go to "weighted" (a weight 3, b weight 1, c inactive); every other lead to "even" (round robin over
    /// a, b, d; first touch within an hour, one reassignment). The stopped clock is Monday 2026-12-07 01:00 UTC, 10:00 in Seoul.
    /// </summary>
    private const string ReportsConfig = """
        {"reps":[{"id":"a","name":"A","timeZone":"Asia/Seoul"},{"id":"b","name":"B","timeZone":"Asia/Seoul"},
                 {"id":"c","name":"C","timeZone":"Asia/Seoul","active":false},{"id":"d","name":"D","timeZone":"Asia/Seoul"}],
         "pools":[{"id":"weighted","name":"Weighted","strategy":"weighted_round_robin","whenNoneEligible":"unassigned",
                   "members":[{"repId":"a","weight":3},{"repId":"b","weight":1},{"repId":"c","weight":1}]},
                  {"id":"even","name":"Even","strategy":"round_robin","whenNoneEligible":"unassigned",
                   "sla":{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":1},
                   "members":[{"repId":"a"},{"repId":"b"},{"repId":"d"}]}],
         "campaigns":[{"id":"expo","name":"Expo 2026","cost":1000}],
         "workflows":[
           {"id":"partners","name":"Partners","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"source","op":"eq","value":"partner"}]},
            "actions":[{"type":"assign","pool":"weighted"},{"type":"add_to_campaign","campaign":"expo"}]},
           {"id":"rest","name":"Everything else","priority":20,"trigger":{"type":"lead.created"},
            "actions":[{"type":"assign","pool":"even"}]}]}
        """;

    /// <summary>The ids of the leads <see cref="StartReportsAsync"/> routed: p0..p7 (partner), then w0..w3 (web).</summary>
    private readonly List<string> _routed = [];

    private async Task<SwitchboardApp> StartReportsAsync()
    {
        var app = await StartAsync(ReportsConfig, clock: SwitchboardApp.StoppedClock());
        foreach (var (name, source, count) in new[] { ("p", "partner", 8), ("w", "web", 4) })
            for (var i = 0; i < count; i++)
            {
                var answer = await app.Admin().PostJson("/api/leads", $$"""{"email":"{{name}}{{i}}@example.jp","source":"{{source}}"}""");
                Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
                _routed.Add((await answer.Json()).Str("id")!);
            }
        return app;
    }

    private string Web(int i) => _routed[8 + i];

    private static JsonNode Pool(JsonObject report, string id) => report["pools"]!.AsArray().Single(p => p.Str("poolId") == id)!;

    private static JsonNode Rep(JsonNode pool, string id) => pool["reps"]!.AsArray().Single(r => r.Str("repId") == id)!;

    [StoreFact]
    public async Task distribution_of_routed_leads_expects_each_rep_its_weight_share_and_measures_the_spread()
    {
        await using var app = await StartReportsAsync();

        var report = await (await app.Admin().GetAsync("/api/reports/distribution?from=2026-12-07&to=2026-12-07")).Json();

        // weighted: 8 decisions with a (3) and b (1) eligible, c inactive: a expects 8 × 3/4 = 6, b 8 × 1/4 = 2; smooth
        // weighted round robin gave exactly that (a a b a a a b a), so nobody deviates.
        var weighted = Pool(report, "weighted");
        Assert.Equal((8, 0.0), ((int)weighted["assigned"]!, (double)weighted["spread"]!));
        Assert.Equal((6, 6.0, 0.0, 8), ((int)Rep(weighted, "a")["assigned"]!, (double)Rep(weighted, "a")["expected"]!, (double)Rep(weighted, "a")["deviation"]!, (int)Rep(weighted, "a")["eligible"]!));
        Assert.Equal((2, 2.0), ((int)Rep(weighted, "b")["assigned"]!, (double)Rep(weighted, "b")["expected"]!));
        Assert.Equal((0, 0.0, 8), ((int)Rep(weighted, "c")["assigned"]!, (double)Rep(weighted, "c")["expected"]!, (int)Rep(weighted, "c")["skipped"]!["inactive"]!));
        // even: 4 leads over a, b, d: a b d a. Each expects 4/3; a deviates +2/3, b and d −1/3: spread 1.
        var even = Pool(report, "even");
        Assert.Equal((2, 1.3333, 0.6667), ((int)Rep(even, "a")["assigned"]!, (double)Rep(even, "a")["expected"]!, (double)Rep(even, "a")["deviation"]!));
        Assert.Equal(-0.3333, (double)Rep(even, "d")["deviation"]!);
        Assert.Equal(1.0, (double)even["spread"]!);
        Assert.Contains("summed weights", report.Str("explanation"));
    }

    [StoreFact]
    public async Task distribution_days_are_those_of_the_time_zone_asked()
    {
        await using var app = await StartReportsAsync();   // routed on Monday 01:00 UTC: Monday in Seoul, Sunday in Los Angeles

        var seoul = await (await app.Admin().GetAsync("/api/reports/distribution?from=2026-12-07&to=2026-12-07&timeZone=Asia/Seoul")).Json();
        var angeles = await (await app.Admin().GetAsync("/api/reports/distribution?from=2026-12-07&to=2026-12-07&timeZone=America/Los_Angeles")).Json();

        Assert.Equal(2, seoul["pools"]!.AsArray().Count);
        Assert.Empty(angeles["pools"]!.AsArray());
        Assert.Equal(("2026-12-06T15:00:00Z", "2026-12-07T15:00:00Z", "Asia/Seoul"), (seoul["period"].Str("from"), seoul["period"].Str("to"), seoul["period"].Str("timeZone")));
    }

    [StoreFact]
    public async Task distribution_filters_by_source_workflow_pool_and_rep()
    {
        await using var app = await StartReportsAsync();
        async Task<JsonArray> Pools(string filter) =>
            (await (await app.Admin().GetAsync("/api/reports/distribution?" + filter)).Json())["pools"]!.AsArray();

        Assert.Equal(["even"], (await Pools("source=web")).Select(p => p.Str("poolId")));
        Assert.Equal(["weighted"], (await Pools("workflow=partners")).Select(p => p.Str("poolId")));
        Assert.Equal(["weighted"], (await Pools("pool=weighted")).Select(p => p.Str("poolId")));
        var onlyD = await Pools("rep=d");
        Assert.Equal(["d"], onlyD.Single()!["reps"]!.AsArray().Select(r => r.Str("repId")));
        Assert.Empty(await Pools("source=nowhere"));
    }

    [StoreFact]
    public async Task distribution_as_csv_has_one_row_per_pool_and_rep()
    {
        await using var app = await StartReportsAsync();

        var answer = await app.Admin().GetAsync("/api/reports/distribution?format=csv");
        var lines = (await answer.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("poolId,repId,assigned,expected,deviation,poolSpread,eligible,skipped_inactive", lines[0]);
        Assert.Equal(["even,a,2,1.3333,0.6667,1,4,0", "even,b,1,1.3333,-0.3333,1,4,0", "even,d,1,1.3333,-0.3333,1,4,0",
            "weighted,a,6,6,0,0,8,0", "weighted,b,2,2,0,0,8,0", "weighted,c,0,0,0,0,0,8"], lines[1..]);
    }

    [StoreFact]
    public async Task reports_are_for_managers_and_admins_only()
    {
        await using var app = await StartAsync(ReportsConfig);

        var m = await (await app.ClientFor("manager")).GetAsync("/api/reports/distribution"); Assert.True(m.StatusCode == HttpStatusCode.OK, await m.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "a")).GetAsync("/api/reports/distribution")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("intake")).GetAsync("/api/reports/distribution")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/reports/distribution")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/reports/fairness")).StatusCode);
    }

    [StoreFact]
    public async Task reports_refuse_a_bad_period_naming_the_parameter()
    {
        await using var app = await StartAsync(ReportsConfig);

        foreach (var (query, field) in new[]
                 {
                     ("from=2026-12-07&to=2026-12-01", "to"), ("from=2016-01-01&to=2026-01-01", "to"), ("from=2025-01-01&to=2026-01-02", "to"),
                     ("from=2026-12-07T10:00:00Z&to=2026-12-07T10:00:00Z", "to"), ("from=yesterday", "from"), ("from=2026-02-30", "from"),
                     ("to=2026-13-01", "to"), ("from=", "from"), ("from=" + new string('9', 5000), "from"), ("to=12/07/2026", "to"),
                     ("timeZone=Asia/Soul", "timeZone"), ("timeZone=", "timeZone"), ("timeZone=KST", "timeZone"), ("timeZone=%F0%9F%9A%80", "timeZone"),
                     ("pool=", "pool"), ("rep=" + new string('r', 300), "rep"), ("format=xlsx", "format"),
                 })
            await AssertInvalidQuery(app.Admin(), "/api/reports/distribution?" + query, field);
    }

    [StoreFact]
    public async Task reports_write_nothing()
    {
        await using var app = await StartReportsAsync();
        var before = (await (await app.Admin().GetAsync("/api/leads?limit=100")).Json()).ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await app.Admin().GetAsync("/api/reports/distribution")).StatusCode);

        Assert.Equal(before, (await (await app.Admin().GetAsync("/api/leads?limit=100")).Json()).ToJsonString());
    }
}
