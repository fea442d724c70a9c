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
    public static async Task<SpeedToLeadReport> ReadAsync(ISwitchboardStore store, ReportQuery query, CancellationToken ct = default)
    {
        var table = new SpeedTable(ticks => query.DayOf(ticks).ToString("yyyy-MM-dd", null));
        await store.ReadReportLeadsAsync(query.Filter, table.Add, ct);
        var (overall, groups) = table.Groups();
        return new SpeedToLeadReport(ReportPeriod.Of(query), overall, groups[SpeedTable.Rep], groups[SpeedTable.Pool], groups[SpeedTable.Source], groups[SpeedTable.Day]);
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
