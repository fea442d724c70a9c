using NodaTime;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>The pieces of replay that need no database: what real decisions gave a lead, and the state a replay starts from.</summary>
public sealed class ReplayTests
{
    private static Decision Made(string trigger, string outcome, string? rep = null, string? pool = null, string? workflow = "w") =>
        new() { Trigger = trigger, Outcome = outcome, ChosenRepId = rep, PoolId = pool, WorkflowId = workflow, Action = "assign", Why = "because" };

    [Fact]
    public void the_real_owner_is_the_one_the_leads_own_intake_gave_not_a_later_reassignment()
    {
        var stored = new[]
        {
            Made("lead.created", Outcomes.Assigned, "r1", "inbound", "rest"),
            Made("lead.created", Outcomes.TaskCreated),
            Made("sla.breached", Outcomes.Assigned, "r2", "inbound", "sla"),
        };

        var real = ReplayOutcome.Of(ReplayOutcome.IntakeDecisions(stored), withWhy: false);

        Assert.Equal(new ReplayOutcome("r1", "inbound", "rest", LeadStatus.Assigned), real);
    }

    [Fact]
    public void a_lead_whose_intake_queued_it_is_queued_in_its_pool_with_no_owner()
    {
        var real = ReplayOutcome.Of([Made("lead.created", Outcomes.Queued, pool: "seoul")], withWhy: true);

        Assert.Equal(new ReplayOutcome(null, "seoul", "w", LeadStatus.Queued, "because"), real);
    }

    [Fact]
    public void a_lead_without_intake_decisions_really_stayed_unassigned()
    {
        Assert.Equal(new ReplayOutcome(null, null, null, LeadStatus.Unassigned), ReplayOutcome.Of([], withWhy: false));
    }

    [Fact]
    public void the_starting_state_counts_open_leads_and_only_the_same_days_and_weeks_assignments_in_the_reps_zone()
    {
        var config = CompiledConfig.Compile(new RoutingConfig { Reps = [new Rep { Id = "kim", Name = "Kim", TimeZone = "Asia/Seoul" }] });
        var from = Instant.FromUtc(2026, 12, 9, 15, 0); // Thursday 00:00 in Seoul
        long Ago(double hours) => (from - Duration.FromHours(hours)).ToUnixTimeTicks();
        var history = new AssignmentHistory(
            new Dictionary<string, int> { ["kim"] = 4, ["gone"] = 1 },
            [("kim", Ago(0.5)), ("kim", Ago(1)), ("kim", Ago(25)), ("kim", Ago(24 * 4)), ("gone", Ago(1))]);

        var state = ReplayStart.Of(config, from, history);

        // Wednesday 23:00 and 23:30 are the day before Thursday: no assignment yet on Thursday; Wednesday and Tuesday are this week, Sunday the week before
        var kim = state.Loads["kim"];
        Assert.Equal((4, 0, 3, from - Duration.FromHours(0.5)), (kim.Open, kim.DayCount, kim.WeekCount, kim.LastAssignedAt!.Value));
        Assert.Equal(1, state.Loads["gone"].Open);
        Assert.Empty(state.Pools);
    }
}
