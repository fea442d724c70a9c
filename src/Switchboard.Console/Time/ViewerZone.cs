using System.Globalization;
using System.Security.Claims;
using Microsoft.JSInterop;
using NodaTime;
using Switchboard.Application.People;

namespace Switchboard.Web.Time;

/// <summary>
/// The time zone a person reads times in: their own setting (the session's time zone claim), else their browser's,
/// else UTC. One per circuit: the browser is asked once.
/// </summary>
public sealed class ViewerZone
{
    private DateTimeZone? _browser;

    /// <summary>The viewer's zone without asking the browser (while prerendering, or before it answered).</summary>
    public DateTimeZone For(ClaimsPrincipal viewer) => Setting(viewer) ?? _browser ?? DateTimeZone.Utc;

    /// <summary>The viewer's zone, asking the browser when the person has no setting; call after the first render.</summary>
    public async Task<DateTimeZone> ResolveAsync(ClaimsPrincipal viewer, IJSRuntime js)
    {
        if (Setting(viewer) is { } setting) return setting;
        _browser ??= Known(await js.InvokeAsync<string?>("switchboardConsole.timeZone"));
        return _browser ?? DateTimeZone.Utc;
    }

    /// <summary>A moment as the viewer reads it, per culture, with the zone named: "2026/12/05 18:30 (Asia/Tokyo)".</summary>
    public static string Format(Instant instant, DateTimeZone zone, CultureInfo culture) => $"{Short(instant, zone, culture)} ({zone.Id})";

    /// <summary>A moment in the zone, date and time per culture, without the zone: for lists that name their zone once beside them.</summary>
    public static string Short(Instant instant, DateTimeZone zone, CultureInfo culture) =>
        instant.InZone(zone).ToDateTimeUnspecified().ToString("g", culture);

    private static DateTimeZone? Setting(ClaimsPrincipal viewer) => Known(viewer.FindFirstValue(UserClaims.TimeZone));

    private static DateTimeZone? Known(string? id) => id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
}
