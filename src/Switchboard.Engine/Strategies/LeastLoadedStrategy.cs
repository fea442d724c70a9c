using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// The eligible member with the fewest open leads; ties go to the earliest last assignment
/// (never assigned counts earliest), then to member order. Keeps no rotation state.
/// </summary>
public sealed class LeastLoadedStrategy : IStrategy
{
    public static readonly LeastLoadedStrategy Instance = new();

    private static readonly RepLoad NoLoad = new();

    private LeastLoadedStrategy() { }

    public string Name => Pool.Strategies.LeastLoaded;

    public StrategyPick? Pick(IReadOnlyList<PoolCandidate> candidates, PoolState pool, RoutingState state)
    {
        var ranked = new List<(PoolCandidate Candidate, RepLoad Load)>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Eligible) ranked.Add((candidate, LoadOf(state, candidate.RepId)));
        }
        if (ranked.Count == 0) return null;
        // Positions are distinct, so this order is total and equals a stable sort by (open, last assignment).
        ranked.Sort(static (a, b) =>
        {
            var byOpen = a.Load.Open.CompareTo(b.Load.Open);
            if (byOpen != 0) return byOpen;
            var byLast = (a.Load.LastAssignedAt ?? Instant.MinValue).CompareTo(b.Load.LastAssignedAt ?? Instant.MinValue);
            return byLast != 0 ? byLast : a.Candidate.Position.CompareTo(b.Candidate.Position);
        });

        var (best, load) = ranked[0];
        pool.Assignments++;
        state.DirtyPools.Add(pool.PoolId);
        return new StrategyPick(best.RepId, Why(load, ranked));
    }

    private static string Why(RepLoad load, List<(PoolCandidate Candidate, RepLoad Load)> ranked)
    {
        var open = load.Open == 1 ? "1 open lead" : $"{load.Open} open leads";
        List<string>? tied = null;
        var sameLast = false;
        for (var i = 1; i < ranked.Count; i++)
        {
            if (ranked[i].Load.Open != load.Open) continue;
            (tied ??= []).Add(ranked[i].Candidate.RepId);
            sameLast |= ranked[i].Load.LastAssignedAt == load.LastAssignedAt;
        }
        if (tied is null) return $"least loaded: {open}, fewest in pool";
        var tieBreak = sameLast
            ? "earlier in member order"
            : load.LastAssignedAt is null ? "never assigned before" : "longest since last assignment";
        return $"least loaded: {open}, tied with {string.Join(", ", tied)}; {tieBreak}";
    }

    private static RepLoad LoadOf(RoutingState state, string repId) =>
        state.Loads.TryGetValue(repId, out var load) ? load : NoLoad;
}
