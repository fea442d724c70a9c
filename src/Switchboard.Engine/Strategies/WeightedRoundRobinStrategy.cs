using System.Globalization;
using System.Runtime.InteropServices;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// Smooth weighted round robin (as nginx): every eligible member's weight is added to its current value,
/// the largest wins (ties by member order) and the total of eligible weights is subtracted from it.
/// Weights 3:1 give A A B A. Members with weight 0 never win; ineligible members keep their value.
/// </summary>
internal sealed class WeightedRoundRobinStrategy : IStrategy
{
    public static readonly WeightedRoundRobinStrategy Instance = new();

    private WeightedRoundRobinStrategy() { }

    public string Name => Pool.Strategies.WeightedRoundRobin;
    public bool UsesWeights => true;

    public StrategyPick? Pick(StrategyContext context)
    {
        var candidates = context.Candidates;
        if (!AnyEligible(candidates)) return null;
        var current = context.Pool.CurrentWeights;
        ForgetRemovedMembers(current, candidates);
        long total = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!Eligible(candidate)) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(current, candidate.RepId, out _) += candidate.Member.Weight;
            total += candidate.Member.Weight;
        }

        // Read after all additions: a member listed twice has its weight added twice.
        PoolCandidate? best = null;
        long bestValue = 0;
        var tied = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!Eligible(candidate)) continue;
            var value = current[candidate.RepId];
            if (best is null || value > bestValue)
            {
                (best, bestValue, tied) = (candidate, value, false);
            }
            else if (value == bestValue)
            {
                tied = true;
            }
        }

        current[best!.RepId] = bestValue - total;
        var why = string.Create(CultureInfo.InvariantCulture, $"weighted round robin: highest current weight {bestValue} of {total}");
        return context.Picked(best.RepId, tied ? why + " (tie, earlier in member order)" : why);
    }

    private static bool Eligible(PoolCandidate candidate) => candidate.Eligible && candidate.Member.Weight > 0;

    private static bool AnyEligible(IReadOnlyList<PoolCandidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
            if (Eligible(candidates[i])) return true;
        return false;
    }

    private static void ForgetRemovedMembers(Dictionary<string, long> current, IReadOnlyList<PoolCandidate> candidates)
    {
        List<string>? removed = null;
        foreach (var repId in current.Keys)
            if (!IsMember(candidates, repId)) (removed ??= []).Add(repId);
        if (removed is null) return;
        foreach (var repId in removed) current.Remove(repId);
    }

    /// <summary>Ids kept by this strategy are the candidates' own strings, so a reference match usually settles it.</summary>
    private static bool IsMember(IReadOnlyList<PoolCandidate> candidates, string repId)
    {
        for (var i = 0; i < candidates.Count; i++)
            if (ReferenceEquals(candidates[i].RepId, repId)) return true;
        for (var i = 0; i < candidates.Count; i++)
            if (string.Equals(candidates[i].RepId, repId, StringComparison.Ordinal)) return true;
        return false;
    }
}
