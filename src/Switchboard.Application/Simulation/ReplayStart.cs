using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Simulation;

/// <summary>
/// The routing state a replay starts from, as far as stored history tells the pools' state as of <c>from</c>:
/// <list type="bullet">
/// <item>cursors and smooth weights start fresh (their past positions are not stored);</item>
/// <item>each rep's open load = the leads it owns now that were assigned before <c>from</c> and are still open;</item>
/// <item>day and week counters = the assignments before <c>from</c> on the same local day and ISO week (rep's time zone),
/// read from the leads' latest assignment times, and the last assignment time from the same;</item>
/// <item>presence as configured (presence history is not stored).</item>
/// </list>
/// </summary>
public static class ReplayStart
{
    /// <summary>How far back the day and week counters look: a week and a day covers any zone's ISO week.</summary>
    public static readonly Duration Lookback = Duration.FromDays(8);

    public static async Task<RoutingState> ReadAsync(ISwitchboardStore store, CompiledConfig config, Instant from, CancellationToken ct = default) =>
        Of(config, from, await store.GetAssignmentHistoryAsync(from, from - Lookback, ct));

    public static RoutingState Of(CompiledConfig config, Instant from, AssignmentHistory history)
    {
        var state = new RoutingState();
        foreach (var (owner, open) in history.OpenByOwner) state.Load(owner).Open = open;
        foreach (var (owner, ticks) in history.Recent.OrderBy(r => r.AssignedAt))
        {
            var at = Instant.FromUnixTimeTicks(ticks);
            var load = state.Load(owner);
            load.LastAssignedAt = at;
            if (!config.Reps.TryGetValue(owner, out var rep)) continue;
            var (day, week) = (rep.Calendar.DayKey(from), rep.Calendar.WeekKey(from));
            if (rep.Calendar.DayKey(at) == day) (load.DayKey, load.DayCount) = (day, load.DayCount + 1);
            if (rep.Calendar.WeekKey(at) == week) (load.WeekKey, load.WeekCount) = (week, load.WeekCount + 1);
        }
        return state;
    }
}
