using System.Globalization;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// Smooth weighted round robin (as nginx): every eligible member's weight is added to its current value,
/// the largest wins (ties by member order) and the total of eligible weights is subtracted from it.
/// Weights 3:1 give A A B A. Members with weight 0 never win; ineligible members keep their value.
/// </summary>
public sealed class WeightedRoundRobinStrategy : IStrategy
{
    public static readonly WeightedRoundRobinStrategy Instance = new();

    private WeightedRoundRobinStrategy() { }

    public string Name => Pool.Strategies.WeightedRoundRobin;

    public StrategyPick? Pick(IReadOnlyList<PoolCandidate> candidates, PoolState pool, RoutingState state)
    {
        List<PoolCandidate>? eligible = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Eligible && candidate.Member.Weight > 0) (eligible ??= new(candidates.Count)).Add(candidate);
        }
        if (eligible is null) return null;

        var current = pool.CurrentWeights;
        ForgetRemovedMembers(current, candidates);
        long total = 0;
        foreach (var candidate in eligible)
        {
            current[candidate.RepId] = current.GetValueOrDefault(candidate.RepId) + candidate.Member.Weight;
            total += candidate.Member.Weight;
        }

        var best = eligible[0];
        var bestValue = current[best.RepId];
        var tied = false;
        for (var i = 1; i < eligible.Count; i++)
        {
            var candidate = eligible[i];
            var value = current[candidate.RepId];
            if (value > bestValue)
            {
                best = candidate;
                bestValue = value;
                tied = false;
            }
            else if (value == bestValue)
            {
                tied = true;
            }
        }

        current[best.RepId] = bestValue - total;
        pool.Assignments++;
        state.DirtyPools.Add(pool.PoolId);
        var why = string.Create(CultureInfo.InvariantCulture, $"weighted round robin: highest current weight {bestValue} of {total}");
        return new StrategyPick(best.RepId, tied ? why + " (tie, earlier in member order)" : why);
    }

    private static void ForgetRemovedMembers(Dictionary<string, long> current, IReadOnlyList<PoolCandidate> candidates)
    {
        List<string>? removed = null;
        foreach (var repId in current.Keys)
            if (!IsMember(candidates, repId)) (removed ??= []).Add(repId);
        if (removed is null) return;
        foreach (var repId in removed) current.Remove(repId);
    }

    private static bool IsMember(IReadOnlyList<PoolCandidate> candidates, string repId)
    {
        for (var i = 0; i < candidates.Count; i++)
            if (string.Equals(candidates[i].RepId, repId, StringComparison.Ordinal)) return true;
        return false;
    }
}
