using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Eligibility;

/// <summary>
/// A rep's time rules compiled once per configuration version: IANA zone, weekly working hours as
/// LocalTime ranges with exclusive ends, out-of-office intervals, and the day and week keys that
/// the per-day and per-week caps count in.
/// </summary>
public sealed class RepCalendar
{
    public static RepCalendar Compile(Rep rep) => throw new NotImplementedException("helper B");

    public DateTimeZone Zone => throw new NotImplementedException();
    /// <summary>True when <paramref name="now"/> falls in a working range (always, when no hours are set).</summary>
    public bool IsWorking(Instant now) => throw new NotImplementedException();
    public bool IsOutOfOffice(Instant now) => throw new NotImplementedException();
    /// <summary>yyyy-MM-dd of <paramref name="now"/> in the rep's zone.</summary>
    public string DayKey(Instant now) => throw new NotImplementedException();
    /// <summary>ISO week (yyyy-Www) of <paramref name="now"/> in the rep's zone.</summary>
    public string WeekKey(Instant now) => throw new NotImplementedException();
}
