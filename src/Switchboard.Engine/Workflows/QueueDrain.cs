using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Looks at a queued lead again. Someone eligible now: routed in its pool (assigned, or claimable in a shark
/// tank). Still nobody and the pool still queues: no decision, only the recheck timer moves. A pool that no
/// longer queues applies its current whenNoneEligible; a pool that no longer exists sends the lead to fallback.
/// A lead that is not queued (any more) is left alone.
/// </summary>
internal static class QueueDrain
{
    public static Evaluation Drain(CompiledConfig config, RoutingState state, Lead lead, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.QueueRecheck), now);
        if (lead.Status != LeadStatus.Queued) return ev;
        foreach (var previous in lead.PreviousOwners) ev.Excluded.Add(previous);
        if (lead.PoolId is null || !config.Pools.TryGetValue(lead.PoolId, out var pool))
        {
            FallbackRouting.Route(ev, $"the lead was queued in pool {lead.PoolId}, which no longer exists,");
            return ev;
        }
        var candidates = PoolRouting.Candidates(ev, pool);
        if (!candidates.Any(c => c.Eligible) && pool.WhenNoneEligible == Pool.NoneEligible.Queue)
        {
            QueueClock.Schedule(ev, pool, candidates);
            return ev;
        }
        PoolRouting.Route(ev, pool, null, "queue");
        return ev;
    }
}
