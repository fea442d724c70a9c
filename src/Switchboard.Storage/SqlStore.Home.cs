using Dapper;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// The console's home figures: a few indexed counts on one connection.
public abstract partial class SqlStore
{
    public async Task<HomeFigures> GetHomeFiguresAsync(HomeWindow window, CancellationToken ct = default)
    {
        var args = new
        {
            dayStart = window.DayStart.ToUnixTimeTicks(), dayEnd = window.DayEnd.ToUnixTimeTicks(),
            weekStart = window.WeekStart.ToUnixTimeTicks(), weekEnd = window.WeekEnd.ToUnixTimeTicks(),
            slaUntil = (window.Now + HomeWindow.SlaHorizon).ToUnixTimeTicks(), slaLimit = HomeWindow.SlaListLimit,
        };
        await using var connection = await OpenConnectionAsync(ct);
        async Task<List<T>> Query<T>(string sql) => (await connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: ct))).AsList();

        var today = await Query<TodayLeadRow>(HomeSql.CreatedToday);
        var week = await connection.ExecuteScalarAsync<long>(new CommandDefinition(HomeSql.CreatedThisWeek, args, cancellationToken: ct));
        var waiting = (await Query<StatusCountRow>(HomeSql.Waiting)).ToDictionary(row => row.Status, row => (int)row.Count);
        var sla = await Query<SlaDueRow>(HomeSql.SlaDueSoon);
        var assigned = await Query<RepCountRow>(HomeSql.AssignedToday);

        return new HomeFigures(
            today.Count, (int)week,
            waiting.GetValueOrDefault(LeadStatus.Unassigned), waiting.GetValueOrDefault(LeadStatus.Queued), waiting.GetValueOrDefault(LeadStatus.Claimable),
            [.. sla.Select(ToSlaDue)], [.. assigned.Select(row => new RepAssignments(row.RepId, (int)row.Count))],
            Median(today.Select(row => row.AssignedAt - row.CreatedAt)), Median(today.Select(row => row.FirstTouchAt - row.CreatedAt)));
    }

    private static SlaDue ToSlaDue(SlaDueRow row)
    {
        var data = StoredJson.ReadObject(row.Data);
        return new SlaDue(row.LeadId, LeadSearch.Text(data, "firstName"), LeadSearch.Text(data, "lastName"), LeadSearch.Text(data, "company"),
            row.OwnerId, Instant.FromUnixTimeTicks(row.DueAt));
    }

    /// <summary>The median of the known tick spans (the mean of the middle two for an even count), or null when none is known.</summary>
    private static Duration? Median(IEnumerable<long?> spans)
    {
        var known = spans.OfType<long>().Order().ToList();
        if (known.Count == 0) return null;
        var middle = known.Count / 2;
        var ticks = known.Count % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
        return Duration.FromTicks(ticks);
    }
}
