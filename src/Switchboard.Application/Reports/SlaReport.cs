using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// SLA over the period's decisions, by rep and by pool: assignments (decisions that gave the rep a lead; pool "" for
/// assignments not made by a pool), breaches (first-touch SLA breached while the rep owned the lead), reassignments that
/// followed a breach and escalations to the unassigned queue (both counted for the rep who breached), and the breach
/// rate = breaches / assignments (null without assignments).
/// </summary>
public sealed record SlaReport(ReportPeriod Period, SlaFigures Total, IReadOnlyList<SlaFigures> ByRep, IReadOnlyList<SlaFigures> ByPool, IReadOnlyList<SlaFigures> Rows)
    : ITabularReport
{
    public static async Task<SlaReport> ReadAsync(ISwitchboardStore store, ReportQuery query, CancellationToken ct = default)
    {
        var counts = await store.GetSlaCountsAsync(query.Filter, ct);
        IReadOnlyList<SlaFigures> By(Func<SlaCount, string> key, Func<string, SlaFigures, SlaFigures> name) =>
            [.. counts.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => name(g.Key, SlaFigures.Sum(g)))];
        return new SlaReport(ReportPeriod.Of(query), SlaFigures.Sum(counts),
            By(c => c.RepId, (rep, f) => f with { RepId = rep }), By(c => c.PoolId, (pool, f) => f with { PoolId = pool }),
            [.. counts.OrderBy(c => c.PoolId, StringComparer.Ordinal).ThenBy(c => c.RepId, StringComparer.Ordinal)
                .Select(c => SlaFigures.Sum([c]) with { PoolId = c.PoolId, RepId = c.RepId })]);
    }

    public ReportTable ToTable() => new(
        ["poolId", "repId", "assignments", "breaches", "reassignments", "escalations", "breachRate"],
        [.. Rows.Select(r => (object?[])[r.PoolId, r.RepId, r.Assignments, r.Breaches, r.Reassignments, r.Escalations, r.BreachRate])]);
}

public sealed record SlaFigures(string? PoolId, string? RepId, long Assignments, long Breaches, long Reassignments, long Escalations, double? BreachRate)
{
    public static SlaFigures Sum(IEnumerable<SlaCount> counts)
    {
        var list = counts.ToList();
        var (assignments, breaches) = (list.Sum(c => c.Assignments), list.Sum(c => c.Breaches));
        return new SlaFigures(null, null, assignments, breaches, list.Sum(c => c.Reassignments), list.Sum(c => c.Escalations),
            assignments == 0 ? null : Math.Round((double)breaches / assignments, 4));
    }
}
