using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Web.Pages.Queues;

/// <summary>
/// Why a lead waits, from the decision that left it waiting, as a text key of the Queues page and the pool it names:
/// no workflow matched, nobody eligible in a pool, an SLA escalation; when a later step (a notice, a score) is the last
/// decision, the lead's trail says more.
/// </summary>
public sealed record WaitingReason(string TextKey, string? PoolId)
{
    public static WaitingReason Of(QueueItem item) => item.LastDecision switch
    {
        { Outcome: Outcomes.Escalated } => new("ReasonSlaEscalation", null),
        { Outcome: Outcomes.Queued or Outcomes.Unassigned, PoolId: { } pool } => new("ReasonNobodyEligible", pool),
        { Outcome: Outcomes.Unassigned } => new("ReasonNoWorkflow", null),
        _ when item.Lead.PoolId is { } pool && item.Lead.Status == LeadStatus.Queued => new("ReasonNobodyEligible", pool),
        _ => new("ReasonSeeTrail", null),
    };
}
