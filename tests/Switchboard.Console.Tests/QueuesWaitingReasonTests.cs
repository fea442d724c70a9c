using Switchboard.Engine.Model;
using Switchboard.Storage;
using Switchboard.Web.Pages.Queues;

namespace Switchboard.Web.Tests;

public sealed class QueuesWaitingReasonTests
{
    [Fact]
    public void a_lead_no_workflow_assigned_waits_because_no_workflow_matched()
    {
        Assert.Equal(new WaitingReason("ReasonNoWorkflow", null), Reason(LeadStatus.Unassigned, new() { Action = "fallback", Outcome = Outcomes.Unassigned }));
    }

    [Fact]
    public void a_lead_left_unassigned_by_a_pool_waits_because_nobody_in_that_pool_was_eligible()
    {
        Assert.Equal(new WaitingReason("ReasonNobodyEligible", "inbound"), Reason(LeadStatus.Unassigned, new() { Outcome = Outcomes.Unassigned, PoolId = "inbound" }));
        Assert.Equal(new WaitingReason("ReasonNobodyEligible", "inbound"), Reason(LeadStatus.Queued, new() { Outcome = Outcomes.Queued, PoolId = "inbound" }));
    }

    [Fact]
    public void a_lead_whose_owner_breached_the_sla_waits_because_of_the_escalation()
    {
        Assert.Equal(new WaitingReason("ReasonSlaEscalation", null), Reason(LeadStatus.Unassigned, new() { Action = "sla_escalate", Outcome = Outcomes.Escalated, PoolId = "inbound" }));
    }

    [Fact]
    public void a_later_step_as_last_decision_points_to_the_trail_except_for_a_queued_leads_pool()
    {
        Assert.Equal(new WaitingReason("ReasonSeeTrail", null), Reason(LeadStatus.Unassigned, new() { Outcome = Outcomes.Notified }));
        Assert.Equal(new WaitingReason("ReasonSeeTrail", null), Reason(LeadStatus.Unassigned, null));
        Assert.Equal(new WaitingReason("ReasonNobodyEligible", "inbound"), Reason(LeadStatus.Queued, new() { Outcome = Outcomes.Scored }, pool: "inbound"));
    }

    private static WaitingReason Reason(string status, Decision? last, string? pool = null) =>
        WaitingReason.Of(new QueueItem(new Lead { Id = "ld_1", Status = status, PoolId = pool }, last, null));
}
