using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace Switchboard.Engine.Eligibility;

/// <summary>
/// A local date in a zone with its cap keys (yyyy-MM-dd and ISO yyyy-Www), and the span of instants
/// [<see cref="From"/>, <see cref="To"/>) that share both the date and the zone offset, so any instant in
/// the span has exactly this date and these keys. Immutable: a calendar may keep the last one and share it
/// between threads.
/// </summary>
internal sealed class LocalDay
{
    private LocalDay(Instant from, Instant to, Offset offset, string dayKey, string weekKey)
    {
        Offset = offset;
        From = from;
        To = to;
        DayKey = dayKey;
        WeekKey = weekKey;
    }

    /// <summary>The zone's offset throughout the span.</summary>
    public Offset Offset { get; }
    public Instant From { get; }
    public Instant To { get; }
    public string DayKey { get; }
    public string WeekKey { get; }

    public bool Contains(Instant instant) => instant >= From && instant < To;

    /// <summary>The local date and time of an instant inside the span: plain arithmetic, no zone look-up.</summary>
    public LocalDateTime Local(Instant instant) => instant.WithOffset(Offset).LocalDateTime;

    /// <summary>The instant of a local date and time at this span's offset (inside the span when the result lies in it).</summary>
    public Instant At(LocalDateTime local) => local.WithOffset(Offset).ToInstant();

    public static LocalDay Of(DateTimeZone zone, Instant instant)
    {
        var interval = zone.GetZoneInterval(instant);
        var offset = interval.WallOffset;
        var date = instant.WithOffset(offset).Date;
        var dayStart = date.AtMidnight().WithOffset(offset).ToInstant();
        var dayEnd = date.PlusDays(1).AtMidnight().WithOffset(offset).ToInstant();
        var from = interval.HasStart && interval.Start > dayStart ? interval.Start : dayStart;
        var to = interval.HasEnd && interval.End < dayEnd ? interval.End : dayEnd;
        return new LocalDay(from, to, offset, FormatDay(date), FormatWeek(date));
    }

    public static string FormatDay(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string FormatWeek(LocalDate date)
    {
        var rule = WeekYearRules.Iso;
        return string.Create(CultureInfo.InvariantCulture, $"{rule.GetWeekYear(date):D4}-W{rule.GetWeekOfWeekYear(date):D2}");
    }
}
