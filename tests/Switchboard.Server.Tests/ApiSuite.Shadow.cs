using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Application.Shadow;
using Switchboard.Engine.Json;
using Switchboard.Storage;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Shadow mode: PUT/GET/DELETE /api/config/shadow and GET /api/config/shadow/report. The servers here run without the
/// background worker (Switchboard:ShadowWorker=false) and each test steps the run itself, so every figure is exact;
/// one test leaves the worker on and waits for it.
/// </summary>
public abstract partial class ApiSuite
{
    /// <summary>Live: Hokkaido to sato, everything else to r1. The inbound pool (r1, r2, r3) is there for drafts to use.</summary>
    private static readonly string ShadowLive = $$$"""
        {"reps":[{{{TestConfigs.Reps("sato", "r1", "r2", "r3")}}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin",
                   "members":[{"repId":"r1"},{"repId":"r2"},{"repId":"r3"}],"eligibility":{"requireAvailable":false}}],
         "workflows":[
           {"id":"hokkaido","name":"Hokkaido","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"rest","name":"Everyone else","priority":20,"trigger":{"type":"lead.created"},
            "actions":[{"type":"assign","rep":"r1"},{"type":"create_task","title":"Call","due":"PT1H"}]}]}
        """;

    /// <summary>The draft that sends Hokkaido to r2 instead of sato.</summary>
    private static readonly string HokkaidoToR2 = ShadowLive.Replace("\"rep\":\"sato\"", "\"rep\":\"r2\"");

    /// <summary>The draft that sends everyone else round the inbound pool instead of to r1.</summary>
    private static readonly string RestRoundRobin = ShadowLive.Replace("{\"type\":\"assign\",\"rep\":\"r1\"}", "{\"type\":\"assign\",\"pool\":\"inbound\"}");

    private static readonly IReadOnlyDictionary<string, string> NoShadowWorker = new Dictionary<string, string> { ["Switchboard:ShadowWorker"] = "false" };

    private static string ShadowBody(string draft, string? note = null) =>
        note is null ? $$"""{"config":{{draft}}}""" : $$"""{"config":{{draft}},"note":{{JsonSerializer.Serialize(note)}}}""";

    private static async Task<JsonObject> StartShadowAsync(SwitchboardApp app, string draft, string? note = null)
    {
        var response = await app.Admin().PutJson("/api/config/shadow", ShadowBody(draft, note));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    /// <summary>Steps the run until it has no lead left to route; the leads routed.</summary>
    private static async Task<int> StepShadowAsync(SwitchboardApp app, string owner = "test")
    {
        var runner = app.Services.GetRequiredService<ShadowRunner>();
        var routed = 0;
        for (var step = await runner.StepAsync(owner); step.Routed > 0; step = await runner.StepAsync(owner)) routed += step.Routed;
        return routed;
    }

    private static async Task<string> PostLeadAsync(SwitchboardApp app, string email, string? region = null)
    {
        var body = region is null ? $$"""{"email":"{{email}}"}""" : $$"""{"email":"{{email}}","region":"{{region}}"}""";
        var response = await app.Admin().PostJson("/api/leads", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Json()).Str("id")!;
    }

    private static async Task<JsonObject> ShadowReportAsync(SwitchboardApp app) =>
        await (await app.Admin().GetAsync("/api/config/shadow/report")).Json();

    private static string[] Reps(JsonObject report) =>
        [.. report["reps"]!.AsArray().Select(r => $"{r.Str("repId")}:{r!["live"]}/{r["shadow"]}")];

    [StoreFact]
    public async Task a_draft_that_sends_one_region_to_another_rep_disagrees_on_exactly_those_leads()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        await PostLeadAsync(app, "before@example.jp", "北海道札幌市"); // before the run: not compared
        var run = await StartShadowAsync(app, HokkaidoToR2, "Hokkaido to r2?");
        var tokyo1 = await PostLeadAsync(app, "t1@example.jp", "東京都");
        var sapporo = await PostLeadAsync(app, "s1@example.jp", "北海道札幌市");
        await PostLeadAsync(app, "t2@example.jp", "東京都");
        var hakodate = await PostLeadAsync(app, "s2@example.jp", "北海道函館市");
        await PostLeadAsync(app, "o1@example.jp");

        Assert.Equal(5, await StepShadowAsync(app));

        var report = await ShadowReportAsync(app);
        Assert.Equal((run.Str("id"), "Hokkaido to r2?", 1), (report.Str("runId"), report.Str("note"), report["liveVersion"]!.GetValue<int>()));
        // 5 leads: t1, t2 and o1 go to r1 both ways; the two Hokkaido leads go to sato live and to r2 in the draft.
        Assert.Equal((5, 3, 0.6), (report["leads"]!.GetValue<int>(), report["agreed"]!.GetValue<int>(), report["agreementRate"]!.GetValue<double>()));
        Assert.Equal(["r1:3/3", "r2:0/2", "sato:2/0"], Reps(report));
        Assert.Equal("Rep sato", report["reps"]![2].Str("name"));
        var disagreements = report["disagreements"]!;
        Assert.Equal(2, disagreements["count"]!.GetValue<int>());
        var sample = disagreements["sample"]!.AsArray();
        Assert.Equal([hakodate, sapporo], sample.Select(s => s.Str("leadId"))); // newest first
        Assert.Equal(("sato", "assigned", "r2", "assigned", "hokkaido"),
            (sample[0]!["live"].Str("ownerId"), sample[0]!["live"].Str("status"), sample[0]!["shadow"].Str("ownerId"),
             sample[0]!["shadow"].Str("status"), sample[0]!["shadow"].Str("workflowId")));
        Assert.DoesNotContain(tokyo1, sample.Select(s => s.Str("leadId")));
        Assert.NotNull(sample[0].Str("createdAt"));
    }

    [StoreFact]
    public async Task the_draft_keeps_its_own_rotation_across_steps_while_live_gives_every_lead_to_one_rep()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        await StartShadowAsync(app, RestRoundRobin);
        await PostLeadAsync(app, "a@example.jp");
        await PostLeadAsync(app, "b@example.jp");
        Assert.Equal(2, await StepShadowAsync(app));
        await PostLeadAsync(app, "c@example.jp");
        await PostLeadAsync(app, "d@example.jp");
        Assert.Equal(2, await StepShadowAsync(app));

        var report = await ShadowReportAsync(app);

        // Draft: r1, r2, r3, r1 (the rotation carried over from the first step); live: r1 four times. Agreed: a and d.
        Assert.Equal(["r1:4/2", "r2:0/1", "r3:0/1"], Reps(report));
        Assert.Equal((4, 2, 0.5), (report["leads"]!.GetValue<int>(), report["agreed"]!.GetValue<int>(), report["agreementRate"]!.GetValue<double>()));
        Assert.Equal(["r3", "r2"], report["disagreements"]!["sample"]!.AsArray().Select(s => s!["shadow"].Str("ownerId")));
        Assert.Equal("inbound", report["disagreements"]!["sample"]![0]!["shadow"].Str("poolId"));
        Assert.Null(report["disagreements"]!["sample"]![0]!["live"].Str("poolId"));
    }

    [StoreFact]
    public async Task leads_made_here_while_this_worker_holds_the_run_are_handed_over_in_memory_as_the_database_has_them()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        var (store, feed) = (app.Services.GetRequiredService<ISwitchboardStore>(), app.Services.GetRequiredService<ShadowFeed>());
        await StartShadowAsync(app, HokkaidoToR2);
        await StepShadowAsync(app); // holds the run: the feed listens
        await PostLeadAsync(app, "a@example.jp", "北海道札幌市");
        await PostLeadAsync(app, "b@example.jp");
        var withExternalId = await app.Admin().PostJson("/api/leads", """{"email":"c@example.jp","externalId":"crm-7","fields":{"size":"12"}}""");
        Assert.True(withExternalId.IsSuccessStatusCode, await withExternalId.Content.ReadAsStringAsync());
        var cursor = (await store.GetShadowRunAsync())!.CursorSeq;

        var fed = feed.Take(await store.ListLeadSeqsAfterAsync(cursor, ShadowRunner.Batch));
        var read = await store.ListLeadsAfterAsync(cursor, ShadowRunner.Batch);

        Assert.Equal(3, fed.Count);
        Assert.Equal(string.Join("\n", read.Select(Handed)), string.Join("\n", fed.Select(Handed)));
        Assert.Contains("crm-7", fed.Select(l => l.Lead.ExternalId));
        Assert.All(fed, lead => Assert.NotEmpty(lead.Decisions));
    }

    private static string Handed(ShadowLead lead) =>
        $"{lead.Seq} {lead.Lead.Id} {lead.Lead.ExternalId} {lead.Lead.FormId} {lead.Lead.CreatedAt} {lead.Lead.Data.ToJsonString()} | " +
        string.Join(" | ", lead.Decisions.Select(d => $"{d.At} {d.Trigger} {d.WorkflowId} {d.PoolId} {d.ChosenRepId} {d.Outcome}"));

    [StoreFact]
    public async Task a_step_routes_leads_made_here_from_memory_and_a_lead_the_feed_missed_from_the_database()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        var (runner, feed) = (app.Services.GetRequiredService<ShadowRunner>(), app.Services.GetRequiredService<ShadowFeed>());
        await StartShadowAsync(app, HokkaidoToR2);
        await PostLeadAsync(app, "before-the-first-step@example.jp", "北海道");
        Assert.Equal((1, 0), Routed(await runner.StepAsync("test")));
        await PostLeadAsync(app, "a@example.jp", "北海道");
        await PostLeadAsync(app, "b@example.jp");
        Assert.Equal((2, 2), Routed(await runner.StepAsync("test")));
        feed.Listen(false); // as if another process had made it
        await PostLeadAsync(app, "c@example.jp", "北海道");

        Assert.Equal((1, 0), Routed(await runner.StepAsync("test")));

        var report = await ShadowReportAsync(app);
        Assert.Equal((4, 1), (report["leads"]!.GetValue<int>(), report["agreed"]!.GetValue<int>()));
        Assert.Equal(["r1:1/1", "r2:0/3", "sato:3/0"], Reps(report));
    }

    private static (int Routed, int Fed) Routed(ShadowStepResult step) => (step.Routed, step.Fed);

    [StoreFact]
    public async Task a_shadow_run_leaves_live_leads_decisions_state_tasks_and_messages_as_they_were()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        await StartShadowAsync(app, RestRoundRobin);
        var ids = new[] { await PostLeadAsync(app, "a@example.jp"), await PostLeadAsync(app, "b@example.jp", "北海道"), await PostLeadAsync(app, "c@example.jp") };
        var before = await LiveSnapshotAsync(app, store, ids);

        Assert.Equal(3, await StepShadowAsync(app));

        Assert.Equal(before, await LiveSnapshotAsync(app, store, ids));
        Assert.Equal("r2", (await ShadowReportAsync(app))["disagreements"]!["sample"]![0]!["shadow"].Str("ownerId")); // it did route
        Assert.Equal("r1", (await (await app.Admin().PostJson("/api/leads", """{"email":"d@example.jp"}""")).Json()).Str("ownerId"));
    }

    private static async Task<string> LiveSnapshotAsync(SwitchboardApp app, ISwitchboardStore store, IEnumerable<string> ids)
    {
        var admin = app.Admin();
        var parts = new List<string>
        {
            JsonSerializer.Serialize(await store.GetRoutingStateAsync(), EngineJson.Options),
            await admin.GetStringAsync("/api/leads"),
            await admin.GetStringAsync("/api/tasks"),
            await admin.GetStringAsync("/api/outbox"),
            $"{await store.NextTimerDueAsync()}",
        };
        foreach (var id in ids) parts.Add(await admin.GetStringAsync($"/api/leads/{id}/routing"));
        return string.Join("\n", parts);
    }

    [StoreFact]
    public async Task the_running_run_is_shown_and_stopping_it_ends_it_but_keeps_its_report()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/config/shadow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/config/shadow/report")).StatusCode);
        var started = await StartShadowAsync(app, HokkaidoToR2, "try r2");
        await PostLeadAsync(app, "s1@example.jp", "北海道");
        await StepShadowAsync(app);

        var shown = await (await app.Admin().GetAsync("/api/config/shadow")).Json();
        Assert.Equal((started.Str("id"), "try r2", 1, 1L), (shown.Str("id"), shown.Str("note"), shown["liveVersion"]!.GetValue<int>(), shown["leadsRouted"]!.GetValue<long>()));
        Assert.Null(shown["stoppedAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await app.Admin().DeleteAsync("/api/config/shadow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/config/shadow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().DeleteAsync("/api/config/shadow")).StatusCode);
        await PostLeadAsync(app, "s2@example.jp", "北海道");
        Assert.Equal(0, await StepShadowAsync(app));
        var report = await ShadowReportAsync(app);
        Assert.Equal((1, 0), (report["leads"]!.GetValue<int>(), report["agreed"]!.GetValue<int>()));
        Assert.NotNull(report.Str("stoppedAt"));
    }

    [StoreFact]
    public async Task starting_a_new_run_replaces_the_old_one_and_its_outcomes()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        await StartShadowAsync(app, HokkaidoToR2);
        await PostLeadAsync(app, "s1@example.jp", "北海道");
        await StepShadowAsync(app);

        var second = await StartShadowAsync(app, RestRoundRobin);
        await PostLeadAsync(app, "t1@example.jp", "東京都");
        await StepShadowAsync(app);

        var report = await ShadowReportAsync(app);
        Assert.Equal((second.Str("id"), 1, 1), (report.Str("runId"), report["leads"]!.GetValue<int>(), report["agreed"]!.GetValue<int>()));
        Assert.Null(report["stoppedAt"]);
    }

    [StoreFact]
    public async Task the_background_worker_routes_new_leads_by_itself()
    {
        await using var app = await StartAsync(ShadowLive);
        await StartShadowAsync(app, HokkaidoToR2);
        await PostLeadAsync(app, "s1@example.jp", "北海道");
        await PostLeadAsync(app, "t1@example.jp", "東京都");

        await Eventually.HoldsAsync(async () => (await ShadowReportAsync(app))["leads"]!.GetValue<int>() == 2);

        Assert.Equal(1, (await ShadowReportAsync(app))["agreed"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task two_workers_on_one_database_never_both_write_a_leads_outcome()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        await StartShadowAsync(app, RestRoundRobin);
        var leads = Enumerable.Range(0, 450).Select(i => $$"""{"email":"l{{i}}@example.jp"}""");
        Assert.True((await app.Admin().PostJson("/api/leads/batch", $"[{string.Join(",", leads)}]")).IsSuccessStatusCode);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        var clock = app.Services.GetRequiredService<NodaTime.IClock>();

        // Two runners (two workers' worth of state) race step for step on the one run.
        var routed = await Task.WhenAll(Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
        {
            var runner = new ShadowRunner(store, new ShadowFeed(), clock);
            var total = 0;
            for (var idle = 0; idle < 3;)
            {
                var step = await runner.StepAsync($"worker-{worker}");
                total += step.Routed;
                idle = step.Routed == 0 ? idle + 1 : 0;
                if (!step.Running) await Task.Yield();
            }
            return total;
        })));

        Assert.Equal(450, routed.Sum());
        var report = await ShadowReportAsync(app);
        Assert.Equal(450, report["leads"]!.GetValue<int>());
        Assert.Equal(450L, (await (await app.Admin().GetAsync("/api/config/shadow")).Json())["leadsRouted"]!.GetValue<long>());
        // Round robin over r1, r2, r3 carried on in one line: 150 each, so nobody's lead was routed twice.
        Assert.Equal(["r1:450/150", "r2:0/150", "r3:0/150"], Reps(report));
    }

    [StoreFact]
    public async Task bad_shadow_bodies_are_400_problems_naming_the_field_and_start_nothing()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        (string Body, string Path)[] cases =
        [
            ("{}", "config"),
            ("""{"config":null}""", "config"),
            ("""{"config":[]}""", "config"),
            ("""{"config":"draft.json"}""", "config"),
            ("""{"config":42}""", "config"),
            ($$"""{"config":{{HokkaidoToR2}},"note":42}""", "note"),
            ($$$"""{"config":{{{HokkaidoToR2}}},"note":{"text":"x"}}""", "note"),
            ($$"""{"config":{{HokkaidoToR2}},"note":"{{new string('n', 501)}}"}""", "note"),
            ($$"""{"config":{{HokkaidoToR2}},"note":"two\nlines"}""", "note"),
            ($$"""{"config":{{HokkaidoToR2}},"notes":"x"}""", "notes"),
            ("""{"config":{"workflows":"none"}}""", "config.workflows"),
            ("""{"config":{"reps":[{"id":"x","name":"X","active":"yes"}]}}""", "config.reps[0].active"),
            ("""{"config":{"reps":[{"id":"x","name":"X","colour":"red"}]}}""", "config.reps[0].colour"),
            (ShadowBody(HokkaidoToR2.Replace("\"op\":\"contains\"", "\"op\":\"near\"")), "config.workflows[0].conditions.all[0].op"),
            (ShadowBody(RestRoundRobin.Replace("\"pool\":\"inbound\"}", "\"pool\":\"outbound\"}")), "config.workflows[1].actions[0].pool"),
            (ShadowBody(HokkaidoToR2.Replace("\"rep\":\"r2\"", "\"rep\":\"nobody\"")), "config.workflows[0].actions[0].rep"),
            (ShadowBody(HokkaidoToR2.Replace("\"field\":\"region\"", "\"field\":\"regoin\"")), "config.workflows[0].conditions.all[0].field"),
            ("[]", "$"),
            ("null", "$"),
            ("{\"config\":", "config"),
        ];
        foreach (var (body, path) in cases)
        {
            var response = await app.Admin().PutJson("/api/config/shadow", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body[..Math.Min(body.Length, 120)]}: {response.StatusCode} {text}");
            Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(path), $"{body[..Math.Min(body.Length, 120)]}: no error at {path} in {text}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/config/shadow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/config/shadow/report")).StatusCode);
    }

    [StoreFact]
    public async Task shadow_mode_is_for_admins_and_managers()
    {
        await using var app = await StartAsync(ShadowLive, settings: NoShadowWorker);
        var body = ShadowBody(HokkaidoToR2);

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor("manager")).PutJson("/api/config/shadow", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).PutJson("/api/config/shadow", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("intake")).GetAsync("/api/config/shadow/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().DeleteAsync("/api/config/shadow")).StatusCode);
    }
}
