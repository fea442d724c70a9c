using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// Fairness per pool and rep. Every pool decision records its candidates, eligible or not with the first failing reason.
/// At a decision that assigned the lead, each eligible candidate's share is its weight over the eligible candidates'
/// summed weights (weights as the decision's configuration version set them for weighted_round_robin and weighted_random;
/// equal for round_robin and least_loaded, which give each eligible member a turn). A rep's <c>expected</c> count is the
/// sum of its shares, so a pool's expected counts sum to exactly the leads it assigned; <c>deviation</c> = assigned −
/// expected; a pool's <c>spread</c> = the largest deviation − the smallest. <c>eligible</c> counts the decisions in which
/// the rep was eligible, <c>skipped</c> those that passed it over, by reason.
/// </summary>
public sealed record DistributionReport(ReportPeriod Period, IReadOnlyList<PoolDistribution> Pools) : ITabularReport
{
    public const string How =
        "expected: at every pool decision that assigned a lead, each eligible candidate's share is its weight over the eligible " +
        "candidates' summed weights (equal weights for round_robin and least_loaded); a rep's expected count is the sum of its shares. " +
        "deviation = assigned - expected; spread = max - min deviation over the pool's reps.";

    public string Explanation => How;

    public static async Task<DistributionReport> ReadAsync(ISwitchboardStore store, ReportQuery query, CancellationToken ct = default)
    {
        var counts = await store.GetDistributionAsync(query.Filter, ct);
        var pools = counts.GroupBy(c => c.PoolId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(pool => PoolDistribution.Of(pool.Key, pool)).ToList();
        return new DistributionReport(ReportPeriod.Of(query), pools);
    }

    public ReportTable ToTable()
    {
        var reasons = Pools.SelectMany(p => p.Reps).SelectMany(r => r.Skipped.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = Pools.SelectMany(pool => pool.Reps.Select(rep => (object?[])
            [pool.PoolId, rep.RepId, rep.Assigned, rep.Expected, rep.Deviation, pool.Spread, rep.Eligible, .. reasons.Select(r => (object)rep.Skipped.GetValueOrDefault(r))]));
        return new ReportTable(["poolId", "repId", "assigned", "expected", "deviation", "poolSpread", "eligible", .. reasons.Select(r => "skipped_" + r)], [.. rows]);
    }
}

public sealed record PoolDistribution(string PoolId, long Assigned, double Spread, IReadOnlyList<RepDistribution> Reps)
{
    public static PoolDistribution Of(string poolId, IEnumerable<DistributionCount> counts)
    {
        var reps = counts.GroupBy(c => c.RepId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(rep =>
        {
            var eligible = rep.Where(c => c.Reason.Length == 0).ToList();
            var (assigned, expected) = (eligible.Sum(c => c.Assigned), eligible.Sum(c => c.Expected));
            return new RepDistribution(rep.Key, assigned, Round(expected), Round(assigned - expected), eligible.Sum(c => c.Times),
                rep.Where(c => c.Reason.Length > 0).OrderBy(c => c.Reason, StringComparer.Ordinal).ToDictionary(c => c.Reason, c => c.Times, StringComparer.Ordinal));
        }).ToList();
        var spread = reps.Count == 0 ? 0 : Round(reps.Max(r => r.Deviation) - reps.Min(r => r.Deviation));
        return new PoolDistribution(poolId, reps.Sum(r => r.Assigned), spread, reps);
    }

    /// <summary>Counts are sums of fractions such as 1/3: shown to 4 decimals.</summary>
    internal static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero) + 0.0;
}

public sealed record RepDistribution(string RepId, long Assigned, double Expected, double Deviation, long Eligible, IReadOnlyDictionary<string, long> Skipped);
