using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Gives a lead an owner on behalf of a routing step: ownership and loads (<see cref="Ownership"/>), the pool
/// that gave the owner (<see cref="Lead.RoutedPoolId"/>, null for a direct assignment), and the SLA clock:
/// a reassignment cancels the old timer, and the workflow's sla (else the pool's) starts a new one.
/// </summary>
internal static class Handover
{
    public static void Give(Evaluation ev, string repId, Pool? pool, string? workflowId, Sla? workflowSla)
    {
        var lead = ev.Lead;
        var reassigned = lead.OwnerId is not null && lead.OwnerId != repId;
        Ownership.Assign(ev.Config, ev.State, lead, repId, ev.Now);
        lead.RoutedPoolId = pool?.Id;
        lead.ConfigVersion = ev.Config.Version;
        ev.AssignedHere = true;
        if (reassigned) SlaClock.Stop(ev);
        if ((workflowSla ?? pool?.Sla) is { } sla) SlaClock.Start(ev, sla, pool?.Id, workflowId);
    }
}
