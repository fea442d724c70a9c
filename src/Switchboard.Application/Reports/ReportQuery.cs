using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// A report's period, time zone and filters as asked. <c>from</c> and <c>to</c> are dates (<c>2026-11-01</c>: whole days in
/// the time zone, both included) or instants (<c>2026-11-01T09:00:00Z</c>: exact, <c>to</c> excluded); left out, the
/// period is the 30 days ending today. The zone (IANA, UTC by default) also cuts the day buckets.
/// </summary>
public sealed record ReportQuery(ReportFilter Filter, DateTimeZone Zone)
{
    /// <summary>The longest period a report covers.</summary>
    public const int MaxDays = 366;

    private const int DefaultDays = 30;

    /// <summary>The query, or the errors by parameter name (<c>from</c>, <c>to</c>, <c>timeZone</c>, <c>pool</c>…).</summary>
    public static (ReportQuery? Query, IReadOnlyList<ValidationError> Errors) Parse(
        string? from, string? to, string? timeZone, string? pool, string? rep, string? source, string? workflow, Instant now)
    {
        var errors = new List<ValidationError>();
        var zone = timeZone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone);
        if (zone is null) errors.Add(new("timeZone", $"'{timeZone}' is not an IANA time zone such as Asia/Seoul, Europe/Berlin or UTC"));
        zone ??= DateTimeZone.Utc;
        var today = now.InZone(zone).Date;
        var start = Bound("from", from, zone, end: false, errors);
        var end = Bound("to", to, zone, end: true, errors);
        if (errors.Count == 0)
        {
            var toInstant = end ?? zone.AtStartOfDay(today.PlusDays(1)).ToInstant();
            var fromInstant = start ?? zone.AtStartOfDay(toInstant.InZone(zone).Date.PlusDays(-DefaultDays)).ToInstant();
            if (toInstant <= fromInstant)
                errors.Add(new("to", "must be after from (dates count whole days, so to may equal from)"));
            else if (toInstant - fromInstant > Duration.FromDays(MaxDays) + Duration.FromHours(2))
                errors.Add(new("to", $"a report covers at most {MaxDays} days; ask for a shorter period"));
            foreach (var (name, value) in new[] { ("pool", pool), ("rep", rep), ("source", source), ("workflow", workflow) })
                if (value is { Length: 0 or > 200 }) errors.Add(new(name, "must be a non-empty id of at most 200 characters, or left out"));
            if (errors.Count == 0)
                return (new ReportQuery(new ReportFilter(fromInstant, toInstant, pool, rep, source, workflow), zone), errors);
        }
        return (null, errors);
    }

    /// <summary>A date's start (from) or the next day's start (to), or an instant as given.</summary>
    private static Instant? Bound(string name, string? text, DateTimeZone zone, bool end, List<ValidationError> errors)
    {
        if (text is null) return null;
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
            return zone.AtStartOfDay(end ? date.Value.PlusDays(1) : date.Value).ToInstant();
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant) return instant.Value;
        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset) return offset.Value.ToInstant();
        errors.Add(new(name, $"'{Clip(text)}' is neither a date (2026-11-01) nor an instant (2026-11-01T09:00:00Z)"));
        return null;
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>The day (in the query's zone) of an instant given in Unix ticks.</summary>
    public LocalDate DayOf(long ticks) => Instant.FromUnixTimeTicks(ticks).InZone(Zone).Date;
}
