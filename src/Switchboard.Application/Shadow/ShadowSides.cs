using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Storage;

namespace Switchboard.Application.Shadow;

/// <summary>What each side did with one lead, and whether they agree.</summary>
public static class ShadowSides
{
    /// <summary>
    /// What live routing did with the lead when it was created, read from its intake decisions (not from the lead now,
    /// which its owner may have worked or passed on since), as replay reads it (<see cref="RoutingOutcome.Of"/>).
    /// </summary>
    public static ShadowSide Live(IReadOnlyList<Decision> atCreation)
    {
        var live = RoutingOutcome.Of(RoutingOutcome.IntakeDecisions(atCreation), withWhy: false);
        return new ShadowSide(live.OwnerId, live.PoolId, live.Status);
    }

    /// <summary>The lead as the draft left it, and the workflow that decided it (<see cref="RoutingOutcome.Routed"/>).</summary>
    public static ShadowSide Shadow(RoutedLead routed)
    {
        var shadow = RoutingOutcome.Routed(routed);
        return new ShadowSide(shadow.OwnerId, shadow.PoolId, shadow.Status, shadow.WorkflowId);
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
