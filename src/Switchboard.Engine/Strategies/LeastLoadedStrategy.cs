using System.Runtime.CompilerServices;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// The eligible member with the fewest open leads; ties go to the earliest last assignment
/// (never assigned counts earliest), then to member order. Keeps no rotation state.
/// </summary>
internal sealed class LeastLoadedStrategy : IStrategy
{
    public static readonly LeastLoadedStrategy Instance = new();

    private static readonly RepLoad NoLoad = new();

    private LeastLoadedStrategy() { }

    public string Name => Pool.Strategies.LeastLoaded;
    public bool UsesWeights => false;

    public StrategyPick? Pick(StrategyContext context)
    {
        var (candidates, state) = (context.Candidates, context.State);
        // The ranking is the order of (open, last assignment, position); positions are distinct, so it is total.
        PoolCandidate? best = null;
        var bestLoad = NoLoad;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!candidate.Eligible) continue;
            var load = LoadOf(state, candidate.RepId);
            if (best is null || Compare(candidate, load, best, bestLoad) < 0) (best, bestLoad) = (candidate, load);
        }
        return best is null ? null : context.Picked(best.RepId, Why(best, bestLoad, candidates, state));
    }

    private static int Compare(PoolCandidate a, RepLoad aLoad, PoolCandidate b, RepLoad bLoad)
    {
        var byOpen = aLoad.Open.CompareTo(bLoad.Open);
        if (byOpen != 0) return byOpen;
        var byLast = (aLoad.LastAssignedAt ?? Instant.MinValue).CompareTo(bLoad.LastAssignedAt ?? Instant.MinValue);
        return byLast != 0 ? byLast : a.Position.CompareTo(b.Position);
    }

    /// <summary>
    /// "least loaded: 2 open leads, fewest in pool", or with the other eligible members of the same open count
    /// in ranking order: "least loaded: 1 open lead, tied with A, B; longest since last assignment".
    /// </summary>
    private static string Why(PoolCandidate best, RepLoad load, IReadOnlyList<PoolCandidate> candidates, RoutingState state)
    {
        Span<int> tied = candidates.Count <= 256 ? stackalloc int[candidates.Count] : new int[candidates.Count];
        var count = 0;
        var sameLast = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!candidate.Eligible || ReferenceEquals(candidate, best)) continue;
            var other = LoadOf(state, candidate.RepId);
            if (other.Open != load.Open) continue;
            sameLast |= other.LastAssignedAt == load.LastAssignedAt;
            // Insertion in ranking order; few members tie.
            var at = count++;
            for (; at > 0 && Compare(candidate, other, candidates[tied[at - 1]], LoadOf(state, candidates[tied[at - 1]].RepId)) < 0; at--)
                tied[at] = tied[at - 1];
            tied[at] = i;
        }
        var why = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        why.AppendLiteral("least loaded: ");
        if (load.Open == 1) why.AppendLiteral("1 open lead");
        else
        {
            why.AppendFormatted(load.Open);
            why.AppendLiteral(" open leads");
        }
        if (count == 0)
        {
            why.AppendLiteral(", fewest in pool");
            return why.ToStringAndClear();
        }
        why.AppendLiteral(", tied with ");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) why.AppendLiteral(", ");
            why.AppendFormatted(candidates[tied[i]].RepId);
        }
        why.AppendLiteral(sameLast
            ? "; earlier in member order"
            : load.LastAssignedAt is null ? "; never assigned before" : "; longest since last assignment");
        return why.ToStringAndClear();
    }

    private static RepLoad LoadOf(RoutingState state, string repId) =>
        state.Loads.TryGetValue(repId, out var load) ? load : NoLoad;
}
