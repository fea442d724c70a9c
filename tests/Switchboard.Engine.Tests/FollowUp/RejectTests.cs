using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.FollowUp;

public sealed class RejectTests
{
    private static Scenario Create(string settings = "{}", string moreWorkflows = "") => new($$"""
        {"settings":{{settings}},
         "reps":[{{SlaScenario.Reps}}],
         "lists":[{"id":"nurture","name":"Re-nurture"}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"}],"sla":{"firstTouch":"PT1H"} },
                  {"id":"catch-all","members":[{"repId":"c"}]}],
         "workflows":[
           {"id":"route","trigger":{"type":"lead.created"},"conditions":{"field":"source","op":"neq","value":"partner"},
            "actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"partner","trigger":{"type":"lead.created"},"conditions":{"field":"source","op":"eq","value":"partner"},
            "actions":[{"type":"assign","rep":"a"}]}{{moreWorkflows}}]}
        """);

    private static Evaluation Reject(Scenario scenario, Lead lead, string reason = "wrong_region") =>
        Router.Reject(scenario.Config, scenario.State, lead, lead.OwnerId!, reason, scenario.Now).Value!;

    [Fact]
    public void reject_reroutes_excluding_the_rejecting_rep()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        scenario.Create("{}");
        // The rotation now points at a again, but a rejected this lead.
        var ev = Reject(scenario, lead);
        Assert.Equal(("b", LeadStatus.Assigned, "inbound"), (lead.OwnerId, lead.Status, lead.RoutedPoolId));
        Assert.Equal(["a"], lead.PreviousOwners);
        Assert.Equal(0, scenario.State.Load("a").Open);
        Assert.Equal(new Candidate("a", false, EligibilityReasons.Excluded), ev.Decisions.Single(d => d.Outcome == "assigned").Candidates[0]);
        Assert.Equal(("lead.rejected", "rejected"), (ev.Decisions[0].Trigger, ev.Decisions[0].Outcome));
    }

    [Fact]
    public void reject_cancels_the_sla_timer_and_starts_one_for_the_new_owner()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Reject(scenario, lead);
        Assert.Equal([new TimerCancel(lead.Id, TimerKinds.Sla)], ev.Effects.CancelTimers);
        Assert.Equal("b", Assert.Single(ev.Effects.Timers).Payload["ownerId"]!.GetValue<string>());
    }

    [Fact]
    public void reject_by_a_rep_who_does_not_own_the_lead_is_forbidden_and_changes_nothing()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var refusal = Router.Reject(scenario.Config, scenario.State, lead, "b", "wrong_region", scenario.Now).Refusal!;
        Assert.Equal((RefusalKind.Forbidden, "repId"), (refusal.Kind, refusal.Path));
        Assert.Equal("a", lead.OwnerId);
    }

    [Fact]
    public void lead_rejected_workflows_see_the_reject_reason()
    {
        var scenario = Create(moreWorkflows: """
            ,{"id":"wrong-region","trigger":{"type":"lead.rejected"},"conditions":{"field":"rejectReason","op":"eq","value":"wrong_region"},
              "actions":[{"type":"assign","rep":"c"}]}
            """);
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Reject(scenario, lead);
        Assert.Equal("c", lead.OwnerId);
        Assert.Null(lead.RoutedPoolId);
        Assert.DoesNotContain(ev.Decisions, d => d.Action == "reject" && d.Outcome == "assigned");
    }

    [Fact]
    public void reject_of_a_directly_assigned_lead_goes_to_the_fallback_pool()
    {
        var scenario = Create(settings: """{"fallbackPool":"catch-all"}""");
        var (lead, _) = scenario.CreateEvaluated("""{"source":"partner"}""");
        var ev = Reject(scenario, lead);
        Assert.Equal(("c", "catch-all"), (lead.OwnerId, ev.Decisions.Last(d => d.Action != "handover").PoolId));
    }

    [Fact]
    public void reject_of_a_directly_assigned_lead_without_fallback_leaves_it_unassigned()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("""{"source":"partner"}""");
        var ev = Reject(scenario, lead);
        Assert.Equal((null, LeadStatus.Unassigned, "unassigned"), (lead.OwnerId, lead.Status, ev.Decisions.Last(d => d.Action != "handover").Outcome));
    }

    [Fact]
    public void reject_not_ready_recycles_into_the_nurture_list()
    {
        var scenario = Create(settings: """{"nurtureList":"nurture"}""");
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Reject(scenario, lead, "not_ready");
        Assert.Equal((null, LeadStatus.Recycled, "Nurturing"), (lead.OwnerId, lead.Status, lead.Stage));
        Assert.Equal([new MembershipChange("list", "nurture", lead.Id, true)], ev.Effects.Memberships);
        Assert.Equal("recycled", Assert.Single(ev.Decisions, d => d.Action != "handover").Outcome);
        Assert.Equal(0, scenario.State.Load("a").Open);
        Assert.Equal(1, scenario.State.Pool("inbound").Assignments);
    }

    [Fact]
    public void reject_not_ready_without_a_nurture_list_still_recycles()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Reject(scenario, lead, "not_ready");
        Assert.Equal(LeadStatus.Recycled, lead.Status);
        Assert.Empty(ev.Effects.Memberships);
    }
}
