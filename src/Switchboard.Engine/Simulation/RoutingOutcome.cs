using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Simulation;

/// <summary>
/// Where routing put one lead: its owner (null when none), the pool that gave or holds it, the workflow that decided,
/// its status, and (when asked) that decision's why. What replay and shadow mode compare: the outcome the lead's stored
/// intake decisions record (<see cref="Of"/>) against the one a dry run gives it (<see cref="Routed"/>).
/// </summary>
public sealed record RoutingOutcome(string? OwnerId, string? PoolId, string? WorkflowId, string Status, string? Why = null)
{
    /// <summary>The decisions of the lead's own intake: the leading run of lead.created decisions (later ones came from other events).</summary>
    public static IReadOnlyList<Decision> IntakeDecisions(IReadOnlyList<Decision> stored) =>
        [.. stored.TakeWhile(d => d.Trigger == Triggers.LeadCreated)];

    /// <summary>
    /// What a lead's decisions gave it: the last that assigned it (owner, pool, workflow), else the last that queued it or
    /// left it unassigned; a lead whose decisions say neither is "unassigned" with no workflow.
    /// </summary>
    public static RoutingOutcome Of(IReadOnlyList<Decision> decisions, bool withWhy)
    {
        var assigned = decisions.LastOrDefault(d => d.Outcome == Outcomes.Assigned && d.ChosenRepId is not null);
        if (assigned is not null)
            return new RoutingOutcome(assigned.ChosenRepId, assigned.PoolId, assigned.WorkflowId, LeadStatus.Assigned, withWhy ? assigned.Why : null);
        var waiting = decisions.LastOrDefault(d => d.Outcome is Outcomes.Queued or Outcomes.Claimable or Outcomes.Unassigned);
        return waiting is null
            ? new RoutingOutcome(null, null, null, LeadStatus.Unassigned, withWhy ? decisions.LastOrDefault()?.Why : null)
            : new RoutingOutcome(null, waiting.PoolId, waiting.WorkflowId, Waiting(waiting.Outcome), withWhy ? waiting.Why : null);
    }

    /// <summary>After a dry run: the routed lead's own status and owner, the workflow and why from its decisions.</summary>
    public static RoutingOutcome Routed(RoutedLead routed)
    {
        var (lead, decided) = (routed.Lead, Of(routed.Decisions, withWhy: true));
        return decided with { OwnerId = lead.OwnerId, Status = lead.Status, PoolId = decided.PoolId ?? lead.PoolId ?? lead.RoutedPoolId };
    }

    private static string Waiting(string outcome) => outcome switch
    {
        Outcomes.Queued => LeadStatus.Queued,
        Outcomes.Claimable => LeadStatus.Claimable,
        _ => LeadStatus.Unassigned,
    };
}
