using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Simulation;

/// <summary>What routing did with a lead, as replay and shadow mode compare it: from stored decisions and after a dry run.</summary>
public sealed class RoutingOutcomeTests
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

        var real = RoutingOutcome.Of(RoutingOutcome.IntakeDecisions(stored), withWhy: false);

        Assert.Equal(new RoutingOutcome("r1", "inbound", "rest", LeadStatus.Assigned), real);
    }

    [Fact]
    public void a_lead_whose_intake_queued_it_is_queued_in_its_pool_with_no_owner()
    {
        var real = RoutingOutcome.Of([Made("lead.created", Outcomes.Queued, pool: "seoul")], withWhy: true);

        Assert.Equal(new RoutingOutcome(null, "seoul", "w", LeadStatus.Queued, "because"), real);
    }

    [Fact]
    public void a_lead_without_intake_decisions_really_stayed_unassigned()
    {
        Assert.Equal(new RoutingOutcome(null, null, null, LeadStatus.Unassigned), RoutingOutcome.Of([], withWhy: false));
    }

    [Fact]
    public void a_dry_run_outcome_names_the_owner_the_pool_and_why()
    {
        var scenario = new Workflows.Scenario($$$"""
            {"reps":[{{{Reps("a", "b")}}}],
             "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{"repId":"a"},{"repId":"b"}],"eligibility":{"requireAvailable":false}}],
             "workflows":[{"id":"all","priority":1,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
            """);

        var outcome = RoutingOutcome.Routed(DryRun.NewLead(scenario.Config, scenario.State, scenario.NewLead("{}"), scenario.Now));

        Assert.Equal(("a", "inbound", "all", LeadStatus.Assigned), (outcome.OwnerId, outcome.PoolId, outcome.WorkflowId, outcome.Status));
        Assert.False(string.IsNullOrEmpty(outcome.Why));
    }
}
