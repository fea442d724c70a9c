using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>A lead nobody routed goes to settings.fallbackPool, or waits in the unassigned queue (never dropped).</summary>
internal static class FallbackRouting
{
    public static void Route(Evaluation ev, string because = "no workflow assigned the lead")
    {
        if (ev.Config.Source.Settings.FallbackPool is { } poolId && ev.Config.Pools.TryGetValue(poolId, out var pool))
        {
            PoolRouting.Route(ev, pool, null, "fallback");
            return;
        }
        ev.Lead.Status = LeadStatus.Unassigned;
        ev.Lead.PoolId = null;
        if (ev.Decisions.Count == 0 || ev.Decisions[^1].Outcome is not "unassigned")
            ev.Decisions.Add(ev.NewDecision(null, "fallback", Outcomes.Unassigned,
                $"{because} and no fallback pool is set; it waits in the unassigned queue"));
    }
}
