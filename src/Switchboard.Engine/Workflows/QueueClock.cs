using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// When a queued lead should be looked at again: the earliest known instant at which a member's reason for
/// not being eligible ends — an out-of-office period, working hours starting (outside_working_hours), a new
/// local day (cap_day) or ISO week (cap_week). Other reasons (inactive, away, offline, cap_open, skills,
/// excluded) end by events the server reacts to, so they set no time.
/// </summary>
internal static class QueueClock
{
    /// <summary>
    /// Replaces the lead's queue_recheck timer (a TimerCancel first, except for a lead being created) with one at
    /// the next boundary; returns its due time, or null (no timer, the stored one stays) when no boundary is known.
    /// </summary>
    public static Instant? Schedule(Evaluation ev, Pool pool, IReadOnlyList<PoolCandidate> candidates)
    {
        var leadId = ev.Lead.Id;
        ev.Effects.Timers.RemoveAll(t => t.Kind == TimerKinds.QueueRecheck && t.LeadId == leadId);
        if (NextBoundary(ev, candidates) is not { } due) return null;
        if (ev.Trigger.IsOnExistingLead && !ev.Effects.CancelTimers.Any(c => c.Kind == TimerKinds.QueueRecheck && c.LeadId == leadId))
            ev.Effects.CancelTimers.Add(new TimerCancel(leadId, TimerKinds.QueueRecheck));
        ev.Effects.Timers.Add(new TimerRequest(TimerKinds.QueueRecheck, due, leadId, new JsonObject { ["poolId"] = pool.Id }));
        return due;
    }

    public static Instant? NextBoundary(Evaluation ev, IReadOnlyList<PoolCandidate> candidates)
    {
        Instant? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Eligible || !ev.Config.Reps.TryGetValue(candidate.RepId, out var rep)) continue;
            if (Boundary(rep, candidate.Reason, ev.Now) is { } at && at > ev.Now && (best is null || at < best)) best = at;
        }
        return best;
    }

    private static Instant? Boundary(CompiledRep rep, string? reason, Instant now)
    {
        var calendar = rep.Calendar;
        return reason switch
        {
            EligibilityReasons.OutOfOffice => calendar.OutOfOfficeEnd(now),
            EligibilityReasons.OutsideWorkingHours => calendar.NextWorkingStart(now),
            EligibilityReasons.CapDay => calendar.Zone.AtStartOfDay(now.InZone(calendar.Zone).Date.PlusDays(1)).ToInstant(),
            EligibilityReasons.CapWeek => calendar.Zone.AtStartOfDay(now.InZone(calendar.Zone).Date.Next(IsoDayOfWeek.Monday)).ToInstant(),
            _ => null,
        };
    }
}
