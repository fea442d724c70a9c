using Switchboard.Engine.Model;

namespace Switchboard.Storage.Reports;

/// <summary>
/// Member weights per configuration version and pool (a member listed twice counts its weights summed, as the weighted
/// strategies add it twice), read from the stored configuration documents, which never change once saved.
/// </summary>
internal sealed class PoolWeights(IReadOnlyDictionary<int, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> byVersion)
{
    /// <summary>The strategies that pick in proportion to weight; the others (round_robin, least_loaded) give each eligible member an equal turn.</summary>
    public static readonly IReadOnlySet<string> Weighted = new HashSet<string>(StringComparer.Ordinal) { Pool.Strategies.WeightedRoundRobin, "weighted_random" };

    /// <summary>
    /// Each eligible candidate's share of one decision: its weight over the eligible candidates' summed weights under the
    /// decision's strategy and configuration version (equal weights for strategies that ignore them, and when the version
    /// or the pool is no longer known). Shares sum to 1 whenever someone was eligible.
    /// </summary>
    public Dictionary<string, double> Shares(Decision decision, IReadOnlyList<Candidate> candidates)
    {
        var weighted = decision.Strategy is { } strategy && Weighted.Contains(strategy);
        var members = weighted && byVersion.TryGetValue(decision.ConfigVersion, out var pools) && pools.TryGetValue(decision.PoolId ?? "", out var found)
            ? found
            : null;
        var eligible = candidates.Where(c => c.Eligible).ToList();
        var weights = eligible.Select(c => members is null ? 1.0 : members.GetValueOrDefault(c.RepId)).ToArray();
        if (weights.Sum() <= 0) Array.Fill(weights, 1.0);
        var total = weights.Sum();
        var shares = new Dictionary<string, double>(eligible.Count, StringComparer.Ordinal);
        for (var i = 0; i < eligible.Count; i++) shares[eligible[i].RepId] = weights[i] / total;
        return shares;
    }

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Of(RoutingConfig config) =>
        (config.Pools ?? []).Where(p => p?.Id is not null).DistinctBy(p => p.Id).ToDictionary(
            p => p.Id,
            p => (IReadOnlyDictionary<string, int>)(p.Members ?? []).GroupBy(m => m.RepId).ToDictionary(g => g.Key, g => g.Sum(m => m.Weight), StringComparer.Ordinal),
            StringComparer.Ordinal);
}
