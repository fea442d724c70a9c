using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using NodaTime;
using Switchboard.Engine.Explanations;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Pages.Leads.Decisions;

/// <summary>
/// Why a pool member was passed over, as the badge a person reads: "Out of office until 12/27", "Outside working hours
/// (Asia/Seoul 18:00–09:00)", "Daily cap 20/20 reached", "Skill mismatch: product", "Previous owner". Dates are the rep's
/// (in its zone), written the way the viewer's language writes dates.
/// </summary>
public sealed class ReasonText(IStringLocalizer<LeadsText> texts, CultureInfo culture)
{
    /// <summary>The badge of <paramref name="detail"/> for a decision made at <paramref name="at"/>.</summary>
    public string For(ReasonDetail detail, Instant at) => detail.Code switch
    {
        "inactive" => texts["ReasonInactive"],
        "out_of_office" => detail.Until is { } until ? texts["ReasonOutOfOfficeUntil", Moment(until, detail.TimeZone)] : texts["ReasonOutOfOffice"],
        "outside_working_hours" => OffHours(detail, at),
        "status_away" => texts["ReasonStatusAway"],
        "status_offline" => texts["ReasonStatusOffline"],
        "cap_open" => Cap(detail, "ReasonCapOpen"),
        "cap_day" => Cap(detail, "ReasonCapDay"),
        "cap_week" => Cap(detail, "ReasonCapWeek"),
        "skill_mismatch" => detail.Skills is { Count: > 0 } skills
            ? texts["ReasonSkillMismatchOn", string.Join(", ", skills)] : texts["ReasonSkillMismatch"],
        "excluded" => texts["ReasonExcluded"],
        "weight_zero" => texts["ReasonWeightZero"],
        "unknown_rep" => texts["ReasonUnknownRep"],
        var code => texts["ReasonOther", code],
    };

    private string Cap(ReasonDetail detail, string key) =>
        detail.Limit is { } limit ? texts[key, limit.ToString("N0", culture)] : texts[key + "Reached"];

    /// <summary>
    /// The off hours the decision fell in, from the end of the day's last working range before it to the next start
    /// ("18:00–09:00"); on a day without working hours, when work starts again.
    /// </summary>
    private string OffHours(ReasonDetail detail, Instant at)
    {
        if (detail.TimeZone is not { } zoneId || detail.Until is not { } until || Zone(zoneId) is not { } zone)
            return texts["ReasonOutsideWorkingHours"];
        if (detail.WorkingHours is not { Count: > 0 } ranges) return texts["ReasonDayOff", zoneId, Moment(until, zoneId)];
        var now = at.InZone(zone).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        var ends = ranges.Select(range => range.Split('–').Last()).ToList();
        var lastEnd = ends.LastOrDefault(end => string.CompareOrdinal(end, now) <= 0) ?? ends[^1];
        var start = until.InZone(zone).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        return texts["ReasonOffHours", zoneId, $"{lastEnd}–{start}"];
    }

    /// <summary>A moment in the rep's zone: month and day as the viewer's culture writes them, the time when it is not midnight.</summary>
    private string Moment(Instant instant, string? zoneId)
    {
        var local = instant.InZone(zoneId is null ? DateTimeZone.Utc : Zone(zoneId) ?? DateTimeZone.Utc).LocalDateTime;
        var day = local.ToDateTimeUnspecified().ToString(MonthDayPattern(culture), culture);
        return local.TimeOfDay == LocalTime.Midnight ? day : $"{day} {local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The culture's short date without its year: "M/d" (en), "dd.MM." (de), "M. d." (ko), "MM/dd" (ja). Where dots
    /// separate the parts, the day and month end with one too, as German writes "27.12.".
    /// </summary>
    internal static string MonthDayPattern(CultureInfo culture)
    {
        var pattern = Regex.Replace(culture.DateTimeFormat.ShortDatePattern, @"^y+[^dM]*|[^dM]*y+$", "");
        return culture.DateTimeFormat.DateSeparator == "." && !pattern.EndsWith('.') ? pattern + "'.'" : pattern;
    }

    private static DateTimeZone? Zone(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
}
