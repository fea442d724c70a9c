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
        var (overall, rep, pool, source, day) = (new SpeedSums(), new Dictionary<string, SpeedSums>(), new Dictionary<string, SpeedSums>(),
            new Dictionary<string, SpeedSums>(), new SortedDictionary<string, SpeedSums>(StringComparer.Ordinal));
        var days = new Dictionary<long, string>();
        await store.ReadReportLeadsAsync(query.Filter, lead =>
        {
            overall.Add(lead);
            if (lead.OwnerId is { } owner) SpeedSums.Of(rep, owner).Add(lead);
            if (lead.PoolId is { } poolId) SpeedSums.Of(pool, poolId).Add(lead);
            SpeedSums.Of(source, lead.Source ?? "").Add(lead);
            SpeedSums.Of(day, Day(query, days, lead.CreatedAt)).Add(lead);
        }, ct);
        static IReadOnlyList<SpeedGroup> Groups(IDictionary<string, SpeedSums> sums) =>
            [.. sums.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value.ToGroup(s.Key))];
        return new SpeedToLeadReport(ReportPeriod.Of(query), overall.ToGroup("all"), Groups(rep), Groups(pool), Groups(source), Groups(day));
    }

    /// <summary>The day of creation, computed once per quarter hour (every zone's days start on one).</summary>
    private static string Day(ReportQuery query, Dictionary<long, string> days, long ticks)
    {
        var quarter = ticks - (ticks % (TimeSpan.TicksPerMinute * 15));
        if (!days.TryGetValue(quarter, out var day)) days[quarter] = day = query.DayOf(quarter).ToString("yyyy-MM-dd", null);
        return day;
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

/// <summary>The spans of one group while the leads stream by.</summary>
internal sealed class SpeedSums
{
    private readonly List<long> _toAssigned = [];
    private readonly List<long> _toTouch = [];
    private long _leads;
    private long _untouched;

    public static SpeedSums Of<TMap>(TMap map, string key) where TMap : IDictionary<string, SpeedSums>
    {
        if (!map.TryGetValue(key, out var sums)) map[key] = sums = new SpeedSums();
        return sums;
    }

    public void Add(ReportLead lead)
    {
        _leads++;
        if (lead.AssignedAt is not { } assigned) return;
        _toAssigned.Add(Math.Max(0, assigned - lead.CreatedAt));
        // A touch before the current assignment was an earlier owner's: it is not this assignment's first touch.
        if (lead.FirstTouchAt is { } touched) { if (touched >= assigned) _toTouch.Add(touched - assigned); }
        else if (lead.OwnerId is not null && lead.Status == Engine.Model.LeadStatus.Assigned) _untouched++;
    }

    public SpeedGroup ToGroup(string key) => new(key, _leads, Spans.Of(_toAssigned), Spans.Of(_toTouch), _untouched);
}
