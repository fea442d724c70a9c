using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Storage;

namespace Switchboard.Application.Shadow;

/// <summary>What each side did with one lead, and whether they agree.</summary>
public static class ShadowSides
{
    /// <summary>
    /// What live routing did with the lead when it was created, read from the decisions stored then (not from the lead
    /// now, which its owner may have worked or passed on since): the last ownership decision among them wins.
    /// </summary>
    public static ShadowSide Live(IReadOnlyList<Decision> atCreation)
    {
        var side = new ShadowSide(null, null, LeadStatus.Unassigned);
        foreach (var decision in atCreation)
            side = decision.Outcome switch
            {
                Outcomes.Assigned or Outcomes.Fallback when decision.ChosenRepId is { } rep => new(rep, decision.PoolId, LeadStatus.Assigned, decision.WorkflowId),
                Outcomes.Queued => new(null, decision.PoolId, LeadStatus.Queued, decision.WorkflowId),
                Outcomes.Claimable => new(null, decision.PoolId, LeadStatus.Claimable, decision.WorkflowId),
                Outcomes.Unassigned => new(null, null, LeadStatus.Unassigned, decision.WorkflowId),
                _ => side,
            };
        return side with { WorkflowId = null };
    }

    /// <summary>The lead as the draft left it, and the workflow of its last ownership decision.</summary>
    public static ShadowSide Shadow(RoutedLead routed)
    {
        var lead = routed.Lead;
        var pool = lead.OwnerId is null ? lead.PoolId : lead.RoutedPoolId;
        var deciding = routed.Decisions.LastOrDefault(d => d.Outcome is Outcomes.Assigned or Outcomes.Fallback or Outcomes.Queued
            or Outcomes.Claimable or Outcomes.Unassigned);
        return new ShadowSide(lead.OwnerId, pool, lead.Status, deciding?.WorkflowId);
    }

    /// <summary>
    /// Agreed: the same owner; for a lead neither side assigned, also the same status and pool (waiting in the same
    /// queue or claim board, or unassigned on both).
    /// </summary>
    public static bool Agree(ShadowSide live, ShadowSide shadow) =>
        live.OwnerId is not null || shadow.OwnerId is not null
            ? live.OwnerId == shadow.OwnerId
            : live.Status == shadow.Status && live.PoolId == shadow.PoolId;

    public static ShadowOutcome Outcome(ShadowLead stored, RoutedLead routed)
    {
        var (live, shadow) = (Live(stored.Decisions), Shadow(routed));
        return new ShadowOutcome(stored.Lead.Id, stored.Seq, stored.Lead.CreatedAt, live, shadow, Agree(live, shadow));
    }
}
