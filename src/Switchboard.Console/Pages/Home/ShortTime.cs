using System.Globalization;
using NodaTime;

namespace Switchboard.Web.Pages.Home;

/// <summary>A moment in the viewer's zone, date and time per culture, for lists whose zone is named once beside them.</summary>
public static class ShortTime
{
    public static string Of(Instant instant, DateTimeZone zone, CultureInfo culture) =>
        instant.InZone(zone).ToDateTimeUnspecified().ToString("g", culture);
}
