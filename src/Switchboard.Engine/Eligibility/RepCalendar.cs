using NodaTime;
using NodaTime.TimeZones;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Eligibility;

/// <summary>
/// A rep's time rules compiled once per configuration version: IANA zone, weekly working hours as
/// LocalTime ranges with exclusive ends, out-of-office intervals, and the day and week keys that
/// the per-day and per-week caps count in.
/// </summary>
public sealed class RepCalendar
{
    /// <summary>How far <see cref="NextWorkingStart"/> looks ahead.</summary>
    public const int LookAheadDays = 8;

    /// <summary>A range start inside a DST gap begins when the gap ends; an ambiguous one at its earlier occurrence.</summary>
    private static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly WorkingWeek? _week;
    private readonly Interval[] _outOfOffice;
    /// <summary>Shared by concurrent decisions: replaced whole, never changed.</summary>
    private LocalDay? _lastDay;
    /// <summary>Around the last instant asked about: the span in which working or not stays the same. Replaced whole.</summary>
    private WorkingSpan? _lastSpan;

    private sealed record WorkingSpan(Instant From, Instant To, bool Working)
    {
        public bool Contains(Instant instant) => instant >= From && instant < To;
    }

    private RepCalendar(DateTimeZone zone, WorkingWeek? week, Interval[] outOfOffice)
    {
        Zone = zone;
        _week = week;
        _outOfOffice = outOfOffice;
    }

    /// <summary>Throws <see cref="ArgumentException"/> on an unknown zone, malformed working hours or an out-of-office interval ending before it starts.</summary>
    public static RepCalendar Compile(Rep rep)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(rep.TimeZone)
            ?? throw new ArgumentException($"rep {rep.Id}: unknown time zone '{rep.TimeZone}'");
        WorkingWeek? week;
        try
        {
            week = WorkingWeek.Parse(rep.WorkingHours);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"rep {rep.Id}: {e.Message}", e);
        }
        var outOfOffice = (rep.OutOfOffice ?? []).Select(o => ToInterval(rep.Id, zone, o)).ToArray();
        return new RepCalendar(zone, week, outOfOffice);
    }

    public DateTimeZone Zone { get; }

    /// <summary>True when no working hours are configured: the rep is always working.</summary>
    public bool AlwaysWorking => _week is null;

    /// <summary>
    /// When the working hours of <paramref name="date"/> end (a range until midnight: the next day's start); null when
    /// no hours are set or none fall on that weekday.
    /// </summary>
    public LocalDateTime? WorkEnds(LocalDate date)
    {
        if (_week?.On(date.DayOfWeek) is not { Count: > 0 } ranges) return null;
        return ranges.Any(r => r.End is null) ? date.PlusDays(1).AtMidnight() : date + ranges.Max(r => r.End!.Value);
    }

    /// <summary>True when <paramref name="now"/> falls in a working range (always, when no hours are set).</summary>
    public bool IsWorking(Instant now)
    {
        if (_week is null) return true;
        var span = _lastSpan;
        if (span is null || !span.Contains(now)) _lastSpan = span = Span(_week, now);
        return span.Working;
    }

    /// <summary>The span around <paramref name="now"/> between two range boundaries of its local day, within that day.</summary>
    private WorkingSpan Span(WorkingWeek week, Instant now)
    {
        var day = Day(now);
        var local = day.Local(now);
        var (from, to) = week.Unchanged(local);
        var start = day.At(local.Date + from);
        var end = to is { } until ? day.At(local.Date + until) : day.To;
        return new WorkingSpan(start > day.From ? start : day.From, end < day.To ? end : day.To, week.Contains(local));
    }

    /// <summary>True when <paramref name="now"/> is inside an out-of-office interval [from, to).</summary>
    public bool IsOutOfOffice(Instant now)
    {
        foreach (var interval in _outOfOffice)
            if (interval.Contains(now)) return true;
        return false;
    }

    /// <summary>
    /// When the out-of-office period containing <paramref name="now"/> ends (following back-to-back or
    /// overlapping intervals); null when the rep is not out of office at <paramref name="now"/>.
    /// </summary>
    public Instant? OutOfOfficeEnd(Instant now)
    {
        Instant? end = null;
        var at = now;
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var interval in _outOfOffice)
            {
                if (!interval.Contains(at)) continue;
                at = interval.End;
                end = at;
                moved = true;
            }
        }
        return end;
    }

    /// <summary>yyyy-MM-dd of <paramref name="now"/> in the rep's zone.</summary>
    public string DayKey(Instant now) => Day(now).DayKey;

    /// <summary>ISO week (yyyy-Www) of <paramref name="now"/> in the rep's zone.</summary>
    public string WeekKey(Instant now) => Day(now).WeekKey;

    /// <summary>The local day of <paramref name="now"/>; the last one is kept, as decisions come in time order.</summary>
    private LocalDay Day(Instant now)
    {
        var day = _lastDay;
        if (day is not null && day.Contains(now)) return day;
        day = LocalDay.Of(Zone, now);
        _lastDay = day;
        return day;
    }

    /// <summary>
    /// The first instant strictly after <paramref name="after"/> at which a working range begins, at most
    /// <see cref="LookAheadDays"/> days ahead; the rep is working at the returned instant. Null when no
    /// working hours are set (always working: nothing begins) or no range begins in that window.
    /// Out of office is not considered. Meant for a rep that is not working at <paramref name="after"/>.
    /// </summary>
    public Instant? NextWorkingStart(Instant after)
    {
        if (_week is null) return null;
        var limit = after + Duration.FromDays(LookAheadDays);
        var firstDate = after.InZone(Zone).Date;
        Instant? best = null;
        // From the day before: a start in a gap just before midnight can resolve into the next day.
        for (var offset = -1; offset <= LookAheadDays; offset++)
        {
            var date = firstDate.PlusDays(offset);
            foreach (var range in _week.On(date.DayOfWeek))
            {
                var start = Zone.ResolveLocal(date + range.Start, StartResolver).ToInstant();
                if (start <= after || start > limit || (best is { } b && start >= b)) continue;
                // A range lying wholly inside a DST gap never begins.
                if (IsWorking(start)) best = start;
            }
        }
        return best;
    }

    private static Interval ToInterval(string repId, DateTimeZone zone, OutOfOffice outOfOffice)
    {
        var from = outOfOffice.From.AsFrom(zone);
        var to = outOfOffice.To.AsTo(zone);
        if (to < from)
            throw new ArgumentException($"rep {repId}: outOfOffice ends ({outOfOffice.To}) before it starts ({outOfOffice.From})");
        return new Interval(from, to);
    }
}
