using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// Speed to lead over the leads created in the period: created → assigned (to the current owner) and assigned → first
/// touch, overall and by rep (the owner), pool (the pool that gave the owner), source and day (of creation, in the
/// report's zone); <c>untouched</c> counts leads owned now and never touched. The workflow filter does not apply.
/// </summary>
public sealed record SpeedToLeadReport(
    ReportPeriod Period, SpeedGroup Overall, IReadOnlyList<SpeedGroup> ByRep, IReadOnlyList<SpeedGroup> ByPool,
    IReadOnlyList<SpeedGroup> BySource, IReadOnlyList<SpeedGroup> ByDay) : ITabularReport
{
    /// <summary>Parts of the period read at once, each on its own connection (a year is a million leads): one per core, at most four.</summary>
    private static readonly int Slices = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static async Task<SpeedToLeadReport> ReadAsync(ISwitchboardStore store, ReportQuery query, CancellationToken ct = default)
    {
        var parts = await Task.WhenAll(Slice(query.Filter).Select(filter => Task.Run(async () =>
        {
            var part = new SpeedTable(ticks => query.DayOf(ticks).ToString("yyyy-MM-dd", null));
            await store.ReadReportLeadsAsync(filter, part.Add, ct);
            return part;
        }, ct)));
        var (overall, groups) = SpeedTable.Merge(parts).Groups();
        return new SpeedToLeadReport(ReportPeriod.Of(query), overall, groups[SpeedTable.Rep], groups[SpeedTable.Pool], groups[SpeedTable.Source], groups[SpeedTable.Day]);
    }

    /// <summary>The filter's period cut into <see cref="Slices"/> consecutive parts (whole ticks).</summary>
    private static IEnumerable<ReportFilter> Slice(ReportFilter filter)
    {
        var (from, to) = (filter.From.ToUnixTimeTicks(), filter.To.ToUnixTimeTicks());
        var count = to - from >= Slices ? Slices : 1;
        return Enumerable.Range(0, count).Select(i => filter with
        {
            From = Instant.FromUnixTimeTicks(from + (to - from) / count * i),
            To = i == count - 1 ? filter.To : Instant.FromUnixTimeTicks(from + (to - from) / count * (i + 1)),
        });
    }

    public ReportTable ToTable() => new(
        ["by", "key", "createdToAssignedCount", "createdToAssignedP50Seconds", "createdToAssignedP90Seconds", "createdToAssignedP99Seconds",
         "assignedToFirstTouchCount", "assignedToFirstTouchP50Seconds", "assignedToFirstTouchP90Seconds", "assignedToFirstTouchP99Seconds", "untouched"],
        [.. new[] { ("all", (IReadOnlyList<SpeedGroup>)[Overall]), ("rep", ByRep), ("pool", ByPool), ("source", BySource), ("day", ByDay) }
            .SelectMany(part => part.Item2.Select(g => (object?[])
            [
                part.Item1, g.Key, g.CreatedToAssigned.Count, g.CreatedToAssigned.P50Seconds, g.CreatedToAssigned.P90Seconds, g.CreatedToAssigned.P99Seconds,
                g.AssignedToFirstTouch.Count, g.AssignedToFirstTouch.P50Seconds, g.AssignedToFirstTouch.P90Seconds, g.AssignedToFirstTouch.P99Seconds, g.Untouched,
            ]))]);
}

public sealed record SpeedGroup(string Key, long Leads, Spans CreatedToAssigned, Spans AssignedToFirstTouch, long Untouched);
