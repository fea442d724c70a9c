using System.Collections.Concurrent;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Reports;

/// <summary>
/// Member weights per configuration version and pool (a member listed twice counts its weights summed, as the weighted
/// strategies add it twice), read from the stored configuration documents, which never change once saved: the store
/// keeps one of these and reads each version once (<see cref="SqlStore.PoolWeightsAsync"/>).
/// </summary>
internal sealed class PoolWeights
{
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> _byVersion = new();

    /// <summary>The strategies that pick in proportion to weight; the others (round_robin, least_loaded) give each eligible member an equal turn.</summary>
    public static readonly IReadOnlySet<string> Weighted = new HashSet<string>(StringComparer.Ordinal) { Pool.Strategies.WeightedRoundRobin, "weighted_random" };

    /// <summary>The configuration versions of these weighted decisions whose weights are not known yet.</summary>
    public IEnumerable<int> Unknown(IEnumerable<LeadDecisions> leads) => leads.SelectMany(lead => lead.Decisions)
        .Where(d => d.Strategy is { } strategy && Weighted.Contains(strategy) && !_byVersion.ContainsKey(d.ConfigVersion))
        .Select(d => d.ConfigVersion).Distinct();

    public void Add(int version, RoutingConfig config) =>
        _byVersion[version] = (config.Pools ?? []).Where(p => p?.Id is not null).DistinctBy(p => p.Id).ToDictionary(
            p => p.Id,
            p => (IReadOnlyDictionary<string, int>)(p.Members ?? []).GroupBy(m => m.RepId).ToDictionary(g => g.Key, g => g.Sum(m => m.Weight), StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>
    /// The eligible candidates' shares of one decision: a candidate's weight over the eligible candidates' summed weights
    /// under the decision's strategy and configuration version (equal weights for strategies that ignore them, and when the
    /// version or the pool is no longer known). Shares sum to 1 whenever someone was eligible.
    /// </summary>
    public DecisionShares Shares(Decision decision, IReadOnlyList<Candidate> candidates)
    {
        var members = decision.Strategy is { } strategy && Weighted.Contains(strategy)
                      && _byVersion.TryGetValue(decision.ConfigVersion, out var pools) && pools.TryGetValue(decision.PoolId ?? "", out var found)
            ? found
            : null;
        var total = 0.0;
        foreach (var candidate in candidates)
            if (candidate.Eligible) total += DecisionShares.Weight(members, candidate.RepId);
        return total > 0 ? new DecisionShares(members, total) : new DecisionShares(null, candidates.Count(c => c.Eligible));
    }
}

/// <summary>One decision's shares: an eligible candidate's weight (1 each without <c>Members</c>) over <c>Total</c>.</summary>
internal readonly record struct DecisionShares(IReadOnlyDictionary<string, int>? Members, double Total)
{
    public double Of(string repId) => Weight(Members, repId) / Total;

    public static double Weight(IReadOnlyDictionary<string, int>? members, string repId) => members is null ? 1.0 : members.GetValueOrDefault(repId);
}
