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

    private LeastLoadedStrategy() { }

    public string Name => Pool.Strategies.LeastLoaded;

    public StrategyPick? Pick(IReadOnlyList<PoolCandidate> candidates, PoolState pool, RoutingState state)
    {
        var ranked = candidates
            .Where(c => c.Eligible)
            .Select(c => (Candidate: c, Load: LoadOf(state, c.RepId)))
            .OrderBy(x => x.Load.Open)
            .ThenBy(x => x.Load.LastAssignedAt ?? Instant.MinValue)
            .ThenBy(x => x.Candidate.Position)
            .ToList();
        if (ranked.Count == 0) return null;

        var (best, load) = ranked[0];
        pool.Assignments++;
        state.DirtyPools.Add(pool.PoolId);
        return new StrategyPick(best.RepId, Why(load, ranked));
    }

    private static string Why(RepLoad load, List<(PoolCandidate Candidate, RepLoad Load)> ranked)
    {
        var open = load.Open == 1 ? "1 open lead" : $"{load.Open} open leads";
        var tied = ranked.Skip(1).Where(x => x.Load.Open == load.Open).Select(x => x.Candidate.RepId).ToList();
        if (tied.Count == 0) return $"least loaded: {open}, fewest in pool";
        var tieBreak = ranked.Skip(1).Any(x => x.Load.Open == load.Open && x.Load.LastAssignedAt == load.LastAssignedAt)
            ? "earlier in member order"
            : load.LastAssignedAt is null ? "never assigned before" : "longest since last assignment";
        return $"least loaded: {open}, tied with {string.Join(", ", tied)}; {tieBreak}";
    }

    private static RepLoad LoadOf(RoutingState state, string repId) =>
        state.Loads.TryGetValue(repId, out var load) ? load : new RepLoad { RepId = repId };
}
