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
        var eligible = candidates.Where(c => c.Eligible && c.Member.Weight > 0).ToList();
        if (eligible.Count == 0) return null;

        var current = pool.CurrentWeights;
        ForgetRemovedMembers(current, candidates);
        long total = 0;
        foreach (var candidate in eligible)
        {
            current[candidate.RepId] = current.GetValueOrDefault(candidate.RepId) + candidate.Member.Weight;
            total += candidate.Member.Weight;
        }

        var best = eligible[0];
        var tied = false;
        foreach (var candidate in eligible.Skip(1))
        {
            var value = current[candidate.RepId];
            if (value > current[best.RepId])
            {
                best = candidate;
                tied = false;
            }
            else if (value == current[best.RepId])
            {
                tied = true;
            }
        }

        var won = current[best.RepId];
        current[best.RepId] = won - total;
        pool.Assignments++;
        state.DirtyPools.Add(pool.PoolId);
        var why = string.Create(CultureInfo.InvariantCulture, $"weighted round robin: highest current weight {won} of {total}");
        return new StrategyPick(best.RepId, tied ? why + " (tie, earlier in member order)" : why);
    }

    private static void ForgetRemovedMembers(Dictionary<string, long> current, IReadOnlyList<PoolCandidate> candidates)
    {
        if (current.Count == 0) return;
        var members = candidates.Select(c => c.RepId).ToHashSet(StringComparer.Ordinal);
        foreach (var repId in current.Keys.Where(k => !members.Contains(k)).ToList())
            current.Remove(repId);
    }
}
