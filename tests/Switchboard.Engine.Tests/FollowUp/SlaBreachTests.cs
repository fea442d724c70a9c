using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.FollowUp.SlaScenario;

namespace Switchboard.Engine.Tests.FollowUp;

public sealed class SlaBreachTests
{
    private static string[] To(OutgoingMessage message) => [.. message.Payload["to"]!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public void sla_breach_reassigns_excluding_previous_owners()
    {
        var scenario = Create();
        var (lead, created) = scenario.CreateEvaluated("{}");
        var first = Breach(scenario, lead, created);
        Assert.Equal("b", lead.OwnerId);
        var second = Breach(scenario, lead, first);
        Assert.Equal("c", lead.OwnerId);
        Assert.Equal(["a", "b"], lead.PreviousOwners);
        Assert.Equal(2, lead.Reassignments);
        var reassigned = second.Decisions.Single(d => d.Outcome == "assigned");
        Assert.Equal([new Candidate("a", false, EligibilityReasons.Excluded), new Candidate("b", false, EligibilityReasons.Excluded), new Candidate("c", true, null)],
            reassigned.Candidates);
    }

    [Fact]
    public void sla_breach_records_the_breach_first()
    {
        var scenario = Create();
        var (lead, created) = scenario.CreateEvaluated("{}");
        var decision = Breach(scenario, lead, created).Decisions[0];
        Assert.Equal(("sla.breached", "sla_breached", "a"), (decision.Trigger, decision.Outcome, decision.ChosenRepId));
        Assert.StartsWith("sla_breached", decision.Why);
    }

    [Fact]
    public void sla_breach_emails_the_breached_owners_manager()
    {
        var scenario = Create();
        var (lead, created) = scenario.CreateEvaluated("{}");
        // The new owner gets the handover email, the manager this one.
        Assert.Contains(Breach(scenario, lead, created).Effects.Messages, m => To(m) is ["m@example.com"]);
    }

    [Fact]
    public void sla_breach_after_max_reassignments_escalates_to_unassigned()
    {
        var scenario = Create("""{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":1}""");
        var (lead, created) = scenario.CreateEvaluated("{}");
        var first = Breach(scenario, lead, created);
        var second = Breach(scenario, lead, first);
        Assert.Equal((null, LeadStatus.Unassigned, null), (lead.OwnerId, lead.Status, lead.RoutedPoolId));
        Assert.Equal("escalated", second.Decisions.Last(d => d.Action != "handover").Outcome);
        Assert.Equal(0, scenario.State.Load("b").Open);
        Assert.Equal(["m@example.com"], To(Assert.Single(second.Effects.Messages)));
        Assert.DoesNotContain(second.Effects.Timers, t => t.Kind == TimerKinds.Sla);
    }

    [Fact]
    public void sla_breach_with_no_eligible_member_escalates()
    {
        var scenario = Create("""{"firstTouch":"PT1H","maxReassignments":5}""");
        var (lead, created) = scenario.CreateEvaluated("{}");
        lead.PreviousOwners.AddRange(["b", "c"]);
        var ev = Breach(scenario, lead, created);
        Assert.Null(lead.OwnerId);
        Assert.Equal(("escalated", "inbound"), (ev.Decisions.Last(d => d.Action != "handover").Outcome, ev.Decisions.Last(d => d.Action != "handover").PoolId));
        Assert.All(ev.Decisions.Last(d => d.Action != "handover").Candidates, c => Assert.Equal(EligibilityReasons.Excluded, c.Reason));
    }

    [Fact]
    public void sla_breach_with_notify_keeps_the_owner_and_tells_the_manager()
    {
        var scenario = Create("""{"firstTouch":"PT1H","onBreach":"notify"}""");
        var (lead, created) = scenario.CreateEvaluated("{}");
        var ev = Breach(scenario, lead, created);
        Assert.Equal(("a", 0), (lead.OwnerId, lead.Reassignments));
        Assert.Equal(["m@example.com"], To(Assert.Single(ev.Effects.Messages)));
    }

    [Fact]
    public void sla_breach_runs_the_sla_breached_workflows()
    {
        var scenario = Create(moreWorkflows: """
            ,{"id":"alarm","trigger":{"type":"sla.breached"},"actions":[{"type":"notify","channel":"slack","url":"https://hooks.example.com/sla"}]}
            """);
        var (lead, created) = scenario.CreateEvaluated("{}");
        var ev = Breach(scenario, lead, created);
        Assert.Contains(ev.Effects.Messages, m => m.Channel == Channels.Slack);
        Assert.Contains(ev.Decisions, d => d.WorkflowId == "alarm" && d.Outcome == "notified");
    }

    [Fact]
    public void sla_timer_after_a_touch_is_stale()
    {
        var scenario = Create();
        var (lead, created) = scenario.CreateEvaluated("{}");
        Router.Touch(scenario.Config, scenario.State, lead, "call", scenario.Now);
        var ev = Breach(scenario, lead, created);
        Assert.Equal("stale", Assert.Single(ev.Decisions).Outcome);
        Assert.Equal("a", lead.OwnerId);
        Assert.True(ev.Effects.IsEmpty);
    }

    [Fact]
    public void sla_timer_of_a_previous_owner_is_stale()
    {
        var scenario = Create();
        var (lead, created) = scenario.CreateEvaluated("{}");
        Router.AssignManually(scenario.Config, scenario.State, lead, "c", "m", scenario.Now);
        Assert.Equal("stale", Assert.Single(Breach(scenario, lead, created).Decisions).Outcome);
        Assert.Equal("c", lead.OwnerId);
    }
}
