using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    /// <summary>Measured from the lead's creation on the server's clock, so the test's own scheduling on a loaded machine is not counted.</summary>
    [StoreFact]
    public async Task a_webhook_notice_is_delivered_signed_within_a_second_of_the_lead()
    {
        await using var sink = HttpSink.Start();
        var notify = $$""",{"type":"notify","channel":"webhook","url":"{{sink.Url()}}","secret":"s3cret"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(notify));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"a@example.jp","region":"北海道"}""")).Json();
        var received = Assert.Single(await sink.WaitForAsync(1));
        var late = received.At - DateTimeOffset.Parse(lead.Str("createdAt")!).UtcDateTime;
        Assert.True(late < TimeSpan.FromSeconds(1), $"took {late}");
        Assert.StartsWith("sha256=", received.Headers["X-Switchboard-Signature"]);
        Assert.False(string.IsNullOrEmpty(received.Headers["X-Switchboard-Message-Id"]));
        Assert.Contains(lead.Str("id")!, received.Body);
    }

    [StoreFact]
    public async Task a_receiver_that_is_down_for_a_while_gets_every_message_once()
    {
        await using var sink = HttpSink.Start();
        sink.FailNext(int.MaxValue);
        var notify = $$""",{"type":"notify","channel":"slack","url":"{{sink.Url()}}"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(notify), clock: SwitchboardApp.StoppedClock());
        for (var i = 0; i < 5; i++) await app.Admin().PostJson("/api/leads", $$"""{"email":"down{{i}}@example.jp"}""");
        await app.AllDueDoneAsync();
        Assert.Empty(sink.Delivered);
        sink.FailNext(0);
        await app.AdvanceAsync(Duration.FromMinutes(1)); // past the first retry (2 s ± 50 %)
        Assert.Equal(5, sink.Delivered.Select(r => r.Headers["X-Switchboard-Message-Id"]).Distinct().Count());
        await app.AdvanceAsync(Duration.FromHours(1));
        Assert.Equal(5, sink.Delivered.Count);
    }

    [StoreFact]
    public async Task a_message_failing_past_the_give_up_time_is_dead_and_can_be_retried()
    {
        await using var sink = HttpSink.Start();
        await using var app = await StartGivingUpAsync(sink);
        await app.Admin().PostJson("/api/leads", """{"email":"dead@example.jp"}""");
        await app.AdvanceAsync(Duration.FromSeconds(15));
        Assert.Empty(await DeadMessagesAsync(app));
        await app.AdvanceAsync(Duration.FromSeconds(15));
        var message = Assert.Single(await DeadMessagesAsync(app));
        Assert.Equal(3, message!["attempts"]!.GetValue<int>());
        sink.FailNext(0);
        var retry = await app.Admin().PostAsync($"/api/outbox/{message["id"]}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        await app.AllDueDoneAsync();
        Assert.Single(sink.Delivered);
    }

    /// <summary>
    /// A server on a stopped clock whose webhook notice of every lead goes to <paramref name="sink"/>, failing for now:
    /// retries 2 s, 4 s, 8 s (each ± 50 %) apart, so attempts at 0 s, 15 s and 30 s, the last one past the give-up time.
    /// </summary>
    private async Task<SwitchboardApp> StartGivingUpAsync(HttpSink sink)
    {
        sink.FailNext(int.MaxValue);
        var notify = $$""",{"type":"notify","channel":"webhook","url":"{{sink.Url()}}","secret":"k"}""";
        var settings = new Dictionary<string, string> { ["Switchboard:Outbox:MaxDelay"] = "00:00:10", ["Switchboard:Outbox:GiveUpAfter"] = "00:00:30" };
        return await StartAsync(FollowUpConfigs.Inbound(notify), settings: settings, clock: SwitchboardApp.StoppedClock());
    }

    private static async Task<JsonArray> DeadMessagesAsync(SwitchboardApp app) =>
        (await (await app.Admin().GetAsync("/api/outbox?state=dead")).Json())["items"]!.AsArray();

    [StoreFact]
    public async Task a_same_day_discovery_call_task_is_due_at_the_end_of_the_owners_day()
    {
        var task = """,{"type":"create_task","title":"Discovery call with {{lead.firstName}}","due":"end_of_day"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(task));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"firstName":"Yui","email":"t@example.jp"}""")).Json();
        Assert.Equal("kim", lead.Str("ownerId"));
        var tasks = (await (await app.Admin().GetAsync("/api/tasks?owner=kim")).Json())["items"]!.AsArray();
        var created = Assert.Single(tasks);
        Assert.Equal("Discovery call with Yui", created.Str("title"));
        var due = DateTimeOffset.Parse(created.Str("dueAt")!);
        // kim keeps no working hours: the last second of kim's day in Seoul.
        Assert.Equal(new TimeSpan(23, 59, 59), due.ToOffset(TimeSpan.FromHours(9)).TimeOfDay);
        var done = await app.Admin().PostAsync($"/api/tasks/{created.Str("id")}/done", null);
        Assert.NotNull((await done.Json())["doneAt"]);
        Assert.Empty((await (await app.Admin().GetAsync("/api/tasks?owner=kim")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_delayed_action_runs_later_not_now()
    {
        await using var sink = HttpSink.Start();
        var delayed = $$""",{"type":"webhook","url":"{{sink.Url()}}","secret":"k","delay":"PT1H"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(delayed), clock: SwitchboardApp.StoppedClock());
        await app.Admin().PostJson("/api/leads", """{"email":"later@example.jp"}""");
        await app.AdvanceAsync(Duration.FromMinutes(59));
        Assert.Empty((await (await app.Admin().GetAsync("/api/outbox")).Json())["items"]!.AsArray());
        await app.AdvanceAsync(Duration.FromMinutes(1));
        Assert.Contains("later@example.jp", Assert.Single(await sink.WaitForAsync(1)).Body);
    }

    /// <summary>
    /// SPEC: timers fire within one second of their due time. Measured on the server's clock (the lead's creation
    /// and the message the timer wrote), so the test's own scheduling on a loaded machine is not counted.
    /// </summary>
    [StoreFact]
    public async Task a_delayed_action_fires_within_a_second_of_its_due_time_in_real_time()
    {
        await using var sink = HttpSink.Start();
        var delayed = $$""",{"type":"webhook","url":"{{sink.Url()}}","secret":"k","delay":"PT1S"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(delayed));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"on-time@example.jp"}""")).Json();
        Assert.Single(await sink.WaitForAsync(1));
        var message = Assert.Single((await (await app.Admin().GetAsync("/api/outbox")).Json())["items"]!.AsArray());
        var due = DateTimeOffset.Parse(lead.Str("createdAt")!) + TimeSpan.FromSeconds(1);
        Assert.InRange(DateTimeOffset.Parse(message.Str("createdAt")!) - due, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [StoreFact]
    public async Task an_untouched_lead_is_reassigned_when_its_sla_breaches_and_a_touched_one_is_not()
    {
        var sla = ""","sla":{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":2}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(poolExtras: sla), clock: SwitchboardApp.StoppedClock());
        var client = app.Admin();
        var neglected = await (await client.PostJson("/api/leads", """{"email":"n@example.jp"}""")).Json();
        var touched = await (await client.PostJson("/api/leads", """{"email":"t@example.jp"}""")).Json();
        Assert.Equal(HttpStatusCode.OK, (await client.PostJson($"/api/leads/{touched.Str("id")}/touch", """{"type":"call"}""")).StatusCode);
        await app.AdvanceAsync(Duration.FromMinutes(59));
        Assert.Equal(neglected.Str("ownerId"), (await (await client.GetAsync($"/api/leads/{neglected.Str("id")}")).Json()).Str("ownerId"));
        await app.AdvanceAsync(Duration.FromMinutes(1));
        var moved = await (await client.GetAsync($"/api/leads/{neglected.Str("id")}")).Json();
        Assert.NotEqual(neglected.Str("ownerId"), moved.Str("ownerId"));
        Assert.NotNull(moved.Str("ownerId"));
        var routing = await (await client.GetAsync($"/api/leads/{neglected.Str("id")}/routing")).Json();
        Assert.Contains(routing["decisions"]!.AsArray(), d => d.Str("outcome") == "sla_breached");
        Assert.Equal(touched.Str("ownerId"), (await (await client.GetAsync($"/api/leads/{touched.Str("id")}")).Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task the_owner_rejecting_a_lead_sends_it_to_someone_else()
    {
        await using var app = await StartAsync(FollowUpConfigs.Inbound());
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"r@example.jp"}""")).Json();
        var owner = await app.ClientFor("rep", lead.Str("ownerId"));
        var rejected = await owner.PostJson($"/api/leads/{lead.Str("id")}/reject", """{"reason":"wrong_territory"}""");
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var after = await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json();
        Assert.NotEqual(lead.Str("ownerId"), after.Str("ownerId"));
        Assert.Equal("assigned", after.Str("status"));
    }

    [StoreFact]
    public async Task a_lead_rejected_as_not_ready_is_recycled_into_the_nurture_list()
    {
        var config = FollowUpConfigs.Inbound(lists: """[{"id":"nurture","name":"Re-nurture"}]""")
            .Replace("\"dedupe\":\"merge\"", "\"dedupe\":\"merge\",\"nurtureList\":\"nurture\"");
        await using var app = await StartAsync(config);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"nr@example.jp"}""")).Json();
        var owner = await app.ClientFor("rep", lead.Str("ownerId"));
        await owner.PostJson($"/api/leads/{lead.Str("id")}/reject", """{"reason":"not_ready"}""");
        var after = await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json();
        Assert.Equal(("recycled", "Nurturing"), (after.Str("status"), after.Str("stage")));
        Assert.Null(after.Str("ownerId"));
        var members = await (await app.Admin().GetAsync("/api/lists/nurture/leads")).Json();
        Assert.Contains(members["items"]!.AsArray(), l => l.Str("id") == lead.Str("id"));
    }

    [StoreFact]
    public async Task only_one_of_many_simultaneous_claims_wins_and_the_others_get_409_without_the_winner()
    {
        var shark = ""","claimWindow":"PT1H","afterWindow":"round_robin" """;
        await using var app = await StartAsync(FollowUpConfigs.Inbound(poolExtras: shark, strategy: "shark_tank"));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"shark@example.jp"}""")).Json();
        Assert.Equal("claimable", lead.Str("status"));
        var board = await (await app.Admin().GetAsync("/api/pools/inbound/claimable")).Json();
        Assert.Contains(board["items"]!.AsArray(), l => l.Str("id") == lead.Str("id"));
        var reps = new[] { "kim", "sato", "mueller" };
        var clients = await Task.WhenAll(reps.Select(r => app.ClientFor("rep", r)));
        var answers = await Task.WhenAll(clients.Select(c => c.PostAsync($"/api/leads/{lead.Str("id")}/claim", null)));
        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var owner = (await winner.Json()).Str("ownerId");
        foreach (var loser in answers.Where(a => a != winner))
        {
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            Assert.DoesNotContain(owner!, await loser.Content.ReadAsStringAsync());
        }
    }

    [StoreFact]
    public async Task an_unclaimed_lead_is_assigned_when_the_claim_window_ends()
    {
        var shark = ""","claimWindow":"PT1H","afterWindow":"round_robin" """;
        await using var app = await StartAsync(FollowUpConfigs.Inbound(poolExtras: shark, strategy: "shark_tank"), clock: SwitchboardApp.StoppedClock());
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"late-shark@example.jp"}""")).Json();
        await app.AdvanceAsync(Duration.FromMinutes(59));
        Assert.Equal("claimable", (await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json()).Str("status"));
        await app.AdvanceAsync(Duration.FromMinutes(1));
        var after = await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json();
        Assert.Equal("assigned", after.Str("status"));
        Assert.Equal("kim", after.Str("ownerId"));
    }

    [StoreFact]
    public async Task a_queued_lead_is_assigned_as_soon_as_a_rep_comes_back_online()
    {
        var queue = ""","eligibility":{"requireAvailable":true,"respectCapacity":true,"matchSkills":[]},"whenNoneEligible":"queue" """;
        await using var app = await StartAsync(FollowUpConfigs.Inbound(poolExtras: queue));
        var client = app.Admin();
        foreach (var rep in new[] { "kim", "sato", "mueller" }) await client.PutJson($"/api/reps/{rep}/status", """{"status":"offline"}""");
        var lead = await (await client.PostJson("/api/leads", """{"email":"q@example.jp"}""")).Json();
        Assert.Equal("queued", lead.Str("status"));
        await client.PutJson("/api/reps/sato/status", """{"status":"online"}""");
        var after = await (await client.GetAsync($"/api/leads/{lead.Str("id")}")).Json();
        Assert.Equal(("assigned", "sato"), (after.Str("status"), after.Str("ownerId")));
    }
}
