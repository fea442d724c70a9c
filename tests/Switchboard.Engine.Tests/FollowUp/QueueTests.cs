using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.FollowUp;

public sealed class QueueTests
{
    private const string TokyoOfficeHours = """
        "timeZone":"Asia/Tokyo","workingHours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],"wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}
        """;

    private static Scenario Create(string reps) => new($$"""
        {"reps":[{{reps}}],
         "pools":[{"id":"night","eligibility":{"requireAvailable":true},"whenNoneEligible":"queue",
                   "members":[{{string.Join(",", Ids(reps).Select(id => $$"""{"repId":"{{id}}"}"""))}}]}],
         "workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"night"}]}]}
        """);

    private static IEnumerable<string> Ids(string reps) =>
        System.Text.Json.Nodes.JsonNode.Parse($"[{reps}]")!.AsArray().Select(r => r!["id"]!.GetValue<string>());

    private static TimerRequest Recheck(Evaluation ev) => Assert.Single(ev.Effects.Timers, t => t.Kind == TimerKinds.QueueRecheck);

    [Fact]
    public void queue_recheck_timer_is_due_at_the_next_working_start()
    {
        var scenario = Create($$"""{"id":"sato","name":"佐藤",{{TokyoOfficeHours}}}""");
        scenario.Now = Instant.FromUtc(2026, 6, 10, 10, 0); // Wednesday 19:00 in Tokyo
        var (lead, ev) = scenario.CreateEvaluated("{}");
        Assert.Equal((LeadStatus.Queued, "night"), (lead.Status, lead.PoolId));
        var timer = Recheck(ev);
        Assert.Equal((Instant.FromUtc(2026, 6, 11, 0, 0), lead.Id, "night"), (timer.DueAt, timer.LeadId, timer.Payload["poolId"]!.GetValue<string>()));
    }

    [Fact]
    public void queue_recheck_timer_is_due_when_out_of_office_ends()
    {
        var scenario = Create("""{"id":"kim","name":"김","outOfOffice":[{"from":"2026-06-09T00:00:00Z","to":"2026-06-12T00:00:00Z"}]}""");
        Assert.Equal(Instant.FromUtc(2026, 6, 12, 0, 0), Recheck(scenario.CreateEvaluated("{}").Evaluation).DueAt);
    }

    [Fact]
    public void queue_recheck_timer_is_due_at_the_earliest_member_boundary()
    {
        var scenario = Create($$"""
            {"id":"kim","name":"김","outOfOffice":[{"from":"2026-06-09T00:00:00Z","to":"2026-06-12T00:00:00Z"}]},
            {"id":"sato","name":"佐藤",{{TokyoOfficeHours}}}
            """);
        scenario.Now = Instant.FromUtc(2026, 6, 10, 10, 0);
        Assert.Equal(Instant.FromUtc(2026, 6, 11, 0, 0), Recheck(scenario.CreateEvaluated("{}").Evaluation).DueAt);
    }

    [Fact]
    public void queue_recheck_timer_for_a_day_cap_is_due_at_the_reps_next_midnight()
    {
        var scenario = Create("""{"id":"lee","name":"Lee","timeZone":"Europe/Berlin","capacity":{"perDay":1}}""");
        var (_, first) = scenario.CreateEvaluated("{}");
        Assert.Empty(first.Effects.Timers);
        // Berlin is UTC+2 in June: the next local day starts at 22:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 6, 10, 22, 0), Recheck(scenario.CreateEvaluated("{}").Evaluation).DueAt);
    }

    [Fact]
    public void queue_without_a_known_boundary_sets_no_timer()
    {
        var scenario = Create("""{"id":"kim","name":"김","status":"away"}""");
        var (lead, ev) = scenario.CreateEvaluated("{}");
        Assert.Equal(LeadStatus.Queued, lead.Status);
        Assert.Empty(ev.Effects.Timers);
    }

    [Fact]
    public void queued_lead_is_assigned_when_drained_after_a_member_becomes_eligible()
    {
        var scenario = Create("""{"id":"kim","name":"김","status":"away"}""");
        var (lead, _) = scenario.CreateEvaluated("{}");
        scenario.State.Load("kim").Status = "online";
        var ev = Router.DrainQueue(scenario.Config, scenario.State, lead, scenario.Now);
        Assert.Equal(("kim", LeadStatus.Assigned, null, "night"), (lead.OwnerId, lead.Status, lead.PoolId, lead.RoutedPoolId));
        var decision = Assert.Single(ev.Decisions, d => d.Action != "handover");
        Assert.Equal(("queue_recheck", "assigned", "kim"), (decision.Trigger, decision.Outcome, decision.ChosenRepId));
    }

    [Fact]
    public void draining_while_nobody_is_eligible_records_nothing_and_moves_the_timer()
    {
        var scenario = Create($$"""{"id":"sato","name":"佐藤",{{TokyoOfficeHours}}}""");
        scenario.Now = Instant.FromUtc(2026, 6, 12, 10, 0); // Friday 19:00 in Tokyo
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.DrainQueue(scenario.Config, scenario.State, lead, scenario.Now);
        Assert.Empty(ev.Decisions);
        Assert.Equal(LeadStatus.Queued, lead.Status);
        Assert.Equal([new TimerCancel(lead.Id, TimerKinds.QueueRecheck)], ev.Effects.CancelTimers);
        Assert.Equal(Instant.FromUtc(2026, 6, 15, 0, 0), Recheck(ev).DueAt); // Monday 09:00 in Tokyo
    }

    [Fact]
    public void draining_a_lead_that_is_no_longer_queued_does_nothing()
    {
        var scenario = Create("""{"id":"kim","name":"김"}""");
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.DrainQueue(scenario.Config, scenario.State, lead, scenario.Now);
        Assert.Empty(ev.Decisions);
        Assert.True(ev.Effects.IsEmpty);
    }
}
