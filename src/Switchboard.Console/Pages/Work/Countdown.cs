using System.Globalization;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Switchboard.Web.Pages.Work;

/// <summary>A first-touch SLA as a rep reads it: "12:34 left" while it runs (hours when there are any), "overdue 3 min" after.</summary>
public static class Countdown
{
    public static string Format(Duration left, IStringLocalizer texts, CultureInfo culture)
    {
        var colon = culture.DateTimeFormat.TimeSeparator;
        if (left > Duration.Zero)
        {
            var seconds = (long)Math.Ceiling(left.TotalSeconds);
            var clock = seconds >= 3600
                ? $"{seconds / 3600}{colon}{seconds % 3600 / 60:00}{colon}{seconds % 60:00}"
                : $"{seconds / 60}{colon}{seconds % 60:00}";
            return texts["SlaLeft", clock];
        }
        return texts["SlaOverdue", ((long)Math.Floor(-left.TotalMinutes)).ToString("N0", culture)];
    }
}
