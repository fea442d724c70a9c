using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Json;
using Switchboard.Storage;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// POST /api/simulate {config?, replay} and the replay jobs: stored leads routed again at their own creation times under a
/// draft, compared with what their own intake decisions did. Leads are created on the fake clock (Monday 2026-12-07
/// 10:00 in Seoul and Tokyo, 01:00 UTC) moved on between them.
/// </summary>
public abstract partial class ApiSuite
{
    /// <summary>Hokkaido to sato, everything else round robin over r1, r2, r3 whatever the hour; kim is in no workflow.</summary>
    private static readonly string Regions = $$$"""
        {"settings":{"fallbackPool":null},
         "reps":[{{{TestConfigs.Reps("sato", "kim", "r1", "r2", "r3")}}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{"repId":"r1"},{"repId":"r2"},{"repId":"r3"}],
                   "eligibility":{"requireAvailable":false}}],
         "workflows":[
           {"id":"hokkaido","name":"Hokkaido","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},"actions":[{"type":"assign","rep":"sato"}]},
           {"id":"rest","name":"Everything else","priority":20,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
        """;

    /// <summary>The replay of 2026-12-07T00:00Z up to the day after, as an instant period.</summary>
    private static string ReplayOf(string? draft = null) =>
        "{\"replay\":{\"from\":\"2026-12-07T00:00:00Z\",\"to\":\"2026-12-08T00:00:00Z\"}" + (draft is null ? "" : ",\"config\":" + draft) + "}";

    [StoreFact]
    public async Task a_replay_under_a_draft_that_sends_a_region_to_another_rep_moves_exactly_those_leads()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(Regions, clock: clock);
        string[] regions = ["東京都", "北海道札幌市", "大阪府", "北海道函館市", "東京都", "福岡県"];
        var ids = new List<string>();
        foreach (var (region, i) in regions.Select((r, i) => (r, i)))
        {
            ids.Add((await (await app.Admin().PostJson("/api/leads", $$"""{"email":"l{{i}}@example.jp","region":"{{region}}"}""")).Json()).Str("id")!);
            clock.Advance(Duration.FromMinutes(10));
        }

        var job = await ReplayDoneAsync(app, ReplayOf(Regions.Replace("\"rep\":\"sato\"", "\"rep\":\"kim\"")));

        var result = job["result"]!;
        // really: sato 2 (the Hokkaido leads), r1 r2 r3 r1 for the others; the draft gives kim the Hokkaido leads, the rest as before
        Assert.Equal(["kim:2/0", "r1:2/2", "r2:1/1", "r3:1/1", "sato:0/2"],
            result["reps"]!.AsArray().Select(r => $"{r.Str("repId")}:{r!["draft"]}/{r["real"]}"));
        Assert.Equal((6, 2, 0, 0, 0, true), (Int(result, "leads"), Int(result, "ownersChanged"), Int(result, "unassigned"), Int(result, "queued"),
            Int(result, "configVersion"), result["draft"]!.GetValue<bool>()));
        Assert.Equal([ids[1], ids[3]], result["changed"]!.AsArray().Select(c => c.Str("leadId")));
        var changed = result["changed"]![0]!;
        Assert.Equal(("sato", "hokkaido", "kim", "hokkaido"),
            (changed["real"].Str("ownerId"), changed["real"].Str("workflowId"), changed["draft"].Str("ownerId"), changed["draft"].Str("workflowId")));
        Assert.False(string.IsNullOrEmpty(changed["draft"].Str("why")));
        Assert.Equal("Rep kim", result["reps"]![0].Str("name"));
        Assert.Equal((6, 6), (Int(job["progress"]!, "done"), Int(job["progress"]!, "total")));
        Assert.NotNull(job.Str("startedAt"));
        Assert.NotNull(job.Str("finishedAt"));
    }

    [StoreFact]
    public async Task rotation_and_fairness_carry_through_the_replay_from_fresh_cursors()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(Regions, clock: clock);
        clock.Advance(Duration.FromHours(-2)); // before the period: r1 gets this one, so the period's real leads go r2 r3 r1 r2 r3 r1
        await app.Admin().PostJson("/api/leads", """{"email":"before@example.jp"}""");
        clock.Advance(Duration.FromHours(2));
        for (var i = 0; i < 6; i++)
        {
            await app.Admin().PostJson("/api/leads", $$"""{"email":"p{{i}}@example.jp"}""");
            clock.Advance(Duration.FromMinutes(1));
        }

        var result = (await ReplayDoneAsync(app, ReplayOf()))["result"]!;

        // replayed from fresh cursors: r1 r2 r3 r1 r2 r3, so every lead moves one rep back and each rep still gets 2
        Assert.Equal(["kim:0/0", "r1:2/2", "r2:2/2", "r3:2/2", "sato:0/0"],
            result["reps"]!.AsArray().Select(r => $"{r.Str("repId")}:{r!["draft"]}/{r["real"]}"));
        Assert.Equal((6, 6, 1), (Int(result, "leads"), Int(result, "ownersChanged"), Int(result, "configVersion")));
        var pool = Assert.Single(result["pools"]!.AsArray())!;
        Assert.Equal(("inbound", "Inbound", 6, 0.0), (pool.Str("poolId"), pool.Str("name"), Int(pool, "assigned"), pool["spread"]!.GetValue<double>()));
        Assert.All(pool["reps"]!.AsArray(), rep => Assert.Equal(2.0, rep!["expected"]!.GetValue<double>()));
    }

    [StoreFact]
    public async Task working_hours_are_evaluated_at_each_leads_creation_time()
    {
        var clock = SwitchboardApp.StoppedClock();
        var hours = """{"id":"day","name":"Day","timeZone":"Asia/Seoul","workingHours":{"mon":[["09:00","18:00"]]}},{"id":"night","name":"Night","timeZone":"Asia/Seoul"}""";
        var live = $$$"""
            {"settings":{"fallbackPool":null},"reps":[{{{hours}}}],
             "workflows":[{"id":"all","name":"All","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"night"}]}]}
            """;
        var draft = $$$"""
            {"settings":{"fallbackPool":null},"reps":[{{{hours}}}],
             "pools":[{"id":"seoul","name":"Seoul","strategy":"round_robin","members":[{"repId":"day"},{"repId":"night"}],"eligibility":{"requireAvailable":true}}],
             "workflows":[{"id":"all","name":"All","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"seoul"}]}]}
            """;
        await using var app = await StartAsync(live, clock: clock);
        var morning = (await (await app.Admin().PostJson("/api/leads", """{"email":"morning@example.kr"}""")).Json()).Str("id"); // Monday 10:00
        clock.Advance(Duration.FromHours(12));
        await app.Admin().PostJson("/api/leads", """{"email":"night@example.kr"}"""); // Monday 22:00: day is off, and it is night now too

        var result = (await ReplayDoneAsync(app, ReplayOf(draft)))["result"]!;

        Assert.Equal(["day:1/0", "night:1/2"], result["reps"]!.AsArray().Select(r => $"{r.Str("repId")}:{r!["draft"]}/{r["real"]}"));
        Assert.Equal(morning, Assert.Single(result["changed"]!.AsArray())!.Str("leadId"));
    }

    [StoreFact]
    public async Task a_replay_writes_nothing_and_the_next_real_lead_goes_where_it_would_have_gone()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(Territories, clock: clock);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        foreach (var email in new[] { "a@example.jp", "b@example.jp" })
        {
            await app.Admin().PostJson("/api/leads", $$"""{"email":"{{email}}"}""");
            clock.Advance(Duration.FromMinutes(1)); // nothing falls due: the delayed task in 10 minutes, the SLA in an hour
        }
        var before = await EverythingAsync(app, store);

        var job = await ReplayDoneAsync(app, ReplayOf(Territories));

        Assert.Equal(2, Int(job["result"]!, "leads"));
        Assert.Equal(before, await EverythingAsync(app, store));
        Assert.Equal("r3", (await (await app.Admin().PostJson("/api/leads", """{"email":"c@example.jp"}""")).Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task a_running_replay_is_cancelled_between_batches()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(Regions, clock: clock);
        for (var i = 0; i < 3; i++) await app.Admin().PostJson("/api/leads", $$"""{"email":"c{{i}}@example.jp"}""");
        var jobs = app.Services.GetRequiredService<ReplayJobs>();
        var (reached, release) = (new TaskCompletionSource(), new TaskCompletionSource());
        jobs.BatchSize = 1;
        jobs.BetweenBatches = (_, _) => { reached.TrySetResult(); return release.Task; };

        var url = await AcceptedAsync(app, ReplayOf());
        await reached.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var asked = await app.Admin().DeleteAsync(url);
        var askedJob = await asked.Json();
        release.SetResult();
        var ended = await WaitForAsync(app, url, "cancelled");

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(("running", true), (askedJob.Str("status"), askedJob["cancelRequested"]!.GetValue<bool>()));
        Assert.Equal((1, 3), (Int(ended["progress"]!, "done"), Int(ended["progress"]!, "total")));
        Assert.Null(ended["result"]);
        Assert.NotNull(ended.Str("finishedAt"));
    }

    [StoreFact]
    public async Task a_queued_replay_is_cancelled_at_once_and_never_runs()
    {
        await using var app = await StartAsync(Regions, clock: SwitchboardApp.StoppedClock());
        var jobs = app.Services.GetRequiredService<ReplayJobs>();
        var release = new TaskCompletionSource();
        jobs.BeforeStart = _ => release.Task;

        var url = await AcceptedAsync(app, ReplayOf());
        var queued = await (await app.Admin().GetAsync(url)).Json();
        var cancel = await app.Admin().DeleteAsync(url);
        release.SetResult();
        await Task.Delay(200);
        var after = await (await app.Admin().GetAsync(url)).Json();

        Assert.Equal("queued", queued.Str("status"));
        Assert.Equal((HttpStatusCode.OK, "cancelled"), (cancel.StatusCode, (await cancel.Json()).Str("status")));
        Assert.Equal(("cancelled", null), (after.Str("status"), after.Str("startedAt")));
    }

    [StoreFact]
    public async Task a_done_replay_stays_done_when_cancelled_and_unknown_jobs_are_404()
    {
        await using var app = await StartAsync(Regions, clock: SwitchboardApp.StoppedClock());
        var done = await ReplayDoneAsync(app, ReplayOf());

        var cancel = await app.Admin().DeleteAsync(done.Str("url"));

        Assert.Equal((HttpStatusCode.OK, "done"), (cancel.StatusCode, (await cancel.Json()).Str("status")));
        Assert.Equal("done", (await (await app.Admin().GetAsync(done.Str("url"))).Json()).Str("status"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().GetAsync("/api/simulate/jobs/sim_nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().DeleteAsync("/api/simulate/jobs/sim_nothing")).StatusCode);
        Assert.Equal("application/problem+json", (await app.Admin().GetAsync("/api/simulate/jobs/x")).Content.Headers.ContentType?.MediaType);
    }

    [StoreFact]
    public async Task a_job_left_open_by_a_stopped_process_is_failed_once_its_lease_ran_out()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(Regions, clock: clock);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        var lease = clock.GetCurrentInstant() + Duration.FromMinutes(1);
        await store.InsertSimulationJobAsync(new SimulationJob
        {
            Id = "sim_orphan", Status = SimulationJobStatus.Running, Runner = "replay-gone", LeaseUntil = lease.ToUnixTimeTicks(),
            CreatedAt = clock.GetCurrentInstant().ToUnixTimeTicks(), StartedAt = clock.GetCurrentInstant().ToUnixTimeTicks(), Total = 10,
        });

        var alive = await (await app.Admin().GetAsync("/api/simulate/jobs/sim_orphan")).Json();
        clock.Advance(Duration.FromMinutes(2));
        var orphan = await (await app.Admin().GetAsync("/api/simulate/jobs/sim_orphan")).Json();

        Assert.Equal("running", alive.Str("status"));
        Assert.Equal("failed", orphan.Str("status"));
        Assert.Contains("stopped", orphan.Str("error"));
    }

    [StoreFact]
    public async Task replays_are_for_admins_and_managers()
    {
        await using var app = await StartAsync(Regions, clock: SwitchboardApp.StoppedClock());
        var url = await AcceptedAsync(app, ReplayOf());

        Assert.Equal(HttpStatusCode.Accepted, (await (await app.ClientFor("manager")).PostJson("/api/simulate", ReplayOf())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor("manager")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).PostJson("/api/simulate", ReplayOf())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url)).StatusCode);
    }

    [StoreFact]
    public async Task bad_replay_bodies_are_400_problems_naming_the_field_and_start_no_job()
    {
        await using var app = await StartAsync(Regions, clock: SwitchboardApp.StoppedClock());
        static string Replay(string inner) => "{\"replay\":" + inner + "}";
        (string Body, string Path)[] cases =
        [
            (Replay("null"), "replay"),
            (Replay("\"2026-11\""), "replay"),
            (Replay("[]"), "replay"),
            (Replay("{}"), "replay.from"),
            (Replay("""{"from":"2026-11-01"}"""), "replay.to"),
            (Replay("""{"to":"2026-11-01"}"""), "replay.from"),
            (Replay("""{"from":null,"to":"2026-11-01"}"""), "replay.from"),
            (Replay("""{"from":20261101,"to":"2026-11-30"}"""), "replay.from"),
            (Replay("""{"from":"yesterday","to":"2026-11-30"}"""), "replay.from"),
            (Replay("""{"from":"2026-11-31","to":"2026-12-30"}"""), "replay.from"),
            (Replay("""{"from":"2026-11-01","to":"2026-10-01"}"""), "replay.to"),
            (Replay("""{"from":"2026-11-01T10:00:00Z","to":"2026-11-01T10:00:00Z"}"""), "replay.to"),
            (Replay("""{"from":"2016-11-01","to":"2026-11-01"}"""), "replay.to"),
            (Replay("""{"from":"2026-11-01","to":"2026-11-30","timeZone":"Mars/Olympus"}"""), "replay.timeZone"),
            (Replay("""{"from":"2026-11-01","to":"2026-11-30","source":""}"""), "replay.source"),
            (Replay("""{"from":"2026-11-01","to":"2026-11-30","source":42}"""), "replay.source"),
            (Replay("""{"from":"2026-11-01","to":"2026-11-30","form":"x"}"""), "replay.form"),
            (Replay("{\"from\":\"" + new string('9', 100_000) + "\",\"to\":\"2026-11-30\"}"), "replay.from"),
            ("""{"leads":[{"email":"a@example.jp"}],"replay":{"from":"2026-11-01","to":"2026-11-30"}}""", "replay"),
            ("""{"replay":{"from":"2026-11-01","to":"2026-11-30"},"config":{"workflows":"none"}}""", "config.workflows"),
            ("""{"replay":{"from":"2026-11-01","to":"2026-11-30"},"config":[]}""", "config"),
            ("{\"replay\":{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"},\"config\":" + Regions.Replace("\"rep\":\"sato\"", "\"rep\":\"nobody\"") + "}",
                "config.workflows[0].actions[0].rep"),
        ];
        foreach (var (body, path) in cases)
        {
            var response = await app.Admin().PostJson("/api/simulate", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body[..Math.Min(body.Length, 120)]}: {response.StatusCode} {text}");
            Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(path), $"{body[..Math.Min(body.Length, 120)]}: no error at {path} in {text}");
        }
    }

    [StoreFact]
    public async Task a_replay_of_dates_covers_whole_days_and_filters_by_source()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(Regions, clock: clock);
        await app.Admin().PostJson("/api/leads", """{"email":"w@example.jp","source":"web"}""");
        await app.Admin().PostJson("/api/leads", """{"email":"e@example.jp","source":"event"}""");
        clock.Advance(Duration.FromDays(1));
        await app.Admin().PostJson("/api/leads", """{"email":"w2@example.jp","source":"web"}""");

        var web = (await ReplayDoneAsync(app, """{"replay":{"from":"2026-12-07","to":"2026-12-07","source":"web"}}"""))["result"]!;
        var both = (await ReplayDoneAsync(app, """{"replay":{"from":"2026-12-07","to":"2026-12-08"}}"""))["result"]!;

        Assert.Equal((1, "2026-12-07T00:00:00Z", "2026-12-08T00:00:00Z", "web"), (Int(web, "leads"), web.Str("from"), web.Str("to"), web.Str("source")));
        Assert.Equal(3, Int(both, "leads"));
    }

    [StoreFact]
    public async Task a_lead_that_came_through_a_form_is_replayed_through_that_forms_workflows()
    {
        var clock = SwitchboardApp.StoppedClock();
        var withForm = JsonNode.Parse(Regions)!.AsObject();
        withForm["forms"] = JsonNode.Parse("""[{"id":"contact","name":"Contact","fields":[{"key":"email","label":"Email","type":"email","mapsTo":"email"}]}]""");
        await using var app = await StartAsync(withForm.ToJsonString(), clock: clock);
        var submitted = await app.Admin().PostJson("/f/contact", """{"email":"form@example.jp"}""");
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        clock.Advance(Duration.FromMinutes(10));
        var viaApi = (await (await app.Admin().PostJson("/api/leads", """{"email":"api@example.jp"}""")).Json()).Str("id")!;
        var fromForm = (await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray().Single(l => l.Str("id") != viaApi)!;
        Assert.Equal("contact", fromForm.Str("formId"));

        var draft = withForm.DeepClone().AsObject();
        draft["workflows"]!.AsArray().Insert(0, JsonNode.Parse("""
            {"id":"contact-form","name":"Contact form","priority":1,"stopOnMatch":true,"trigger":{"type":"form.submitted","formId":"contact"},
             "actions":[{"type":"assign","rep":"kim"}]}
            """));
        var result = (await ReplayDoneAsync(app, ReplayOf(draft.ToJsonString())))["result"]!;

        // really r1 then r2 from the pool; the draft gives the form's lead to kim, so the pool's first turn goes to the API's lead
        Assert.Equal([$"{fromForm.Str("id")}:r1>kim@contact-form", $"{viaApi}:r2>r1@rest"], result["changed"]!.AsArray()
            .Select(c => $"{c.Str("leadId")}:{c!["real"].Str("ownerId")}>{c["draft"].Str("ownerId")}@{c["draft"].Str("workflowId")}"));
    }

    /// <summary>Everything a replay must leave alone: routing state, leads, decisions, messages, tasks, the next timer.</summary>
    private static async Task<string> EverythingAsync(SwitchboardApp app, ISwitchboardStore store)
    {
        var leads = (await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray();
        var decisions = new List<string>();
        foreach (var lead in leads) decisions.Add(JsonSerializer.Serialize(await store.GetDecisionsAsync(lead.Str("id")!), EngineJson.Options));
        return string.Join("\n",
            JsonSerializer.Serialize(await store.GetRoutingStateAsync(), EngineJson.Options), leads.ToJsonString(), string.Join(",", decisions),
            (await (await app.Admin().GetAsync("/api/outbox")).Json())["items"]!.ToJsonString(),
            (await (await app.Admin().GetAsync("/api/tasks")).Json())["items"]!.ToJsonString(),
            (await store.NextTimerDueAsync())?.ToString() ?? "no timer");
    }

    private static async Task<string> AcceptedAsync(SwitchboardApp app, string body)
    {
        var response = await app.Admin().PostJson("/api/simulate", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        var accepted = JsonNode.Parse(text)!;
        Assert.Equal(accepted.Str("url"), response.Headers.Location?.OriginalString);
        Assert.Equal(("queued", $"/api/simulate/jobs/{accepted.Str("id")}"), (accepted.Str("status"), accepted.Str("url")));
        return accepted.Str("url")!;
    }

    private static async Task<JsonObject> ReplayDoneAsync(SwitchboardApp app, string body) => await WaitForAsync(app, await AcceptedAsync(app, body), "done");

    private static async Task<JsonObject> WaitForAsync(SwitchboardApp app, string url, string status)
    {
        JsonObject job = [];
        await Eventually.HoldsAsync(async () =>
        {
            job = await (await app.Admin().GetAsync(url)).Json();
            Assert.False(job.Str("status") == "failed" && status != "failed", $"the job failed: {job.Str("error")}");
            return job.Str("status") == status;
        });
        return job;
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
