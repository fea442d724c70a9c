using System.Globalization;
using NodaTime;

namespace Switchboard.Web.Pages.Home;

/// <summary>
/// A short duration as a person reads it in their language, whole seconds: "1 min 20 s", "1분 20초", "1分20秒",
/// "1 Min. 20 Sek."; under a minute only seconds, from an hour on hours and minutes. Numbers per culture.
/// </summary>
public static class DurationText
{
    private sealed record Units(string Seconds, string MinutesSeconds, string HoursMinutes);

    private static readonly Dictionary<string, Units> ByLanguage = new()
    {
        ["en"] = new("{0} s", "{0} min {1} s", "{0} h {1} min"),
        ["ko"] = new("{0}초", "{0}분 {1}초", "{0}시간 {1}분"),
        ["ja"] = new("{0}秒", "{0}分{1}秒", "{0}時間{1}分"),
        ["de"] = new("{0} Sek.", "{0} Min. {1} Sek.", "{0} Std. {1} Min."),
    };

    public static string Format(Duration duration, CultureInfo culture)
    {
        var units = ByLanguage.GetValueOrDefault(culture.TwoLetterISOLanguageName) ?? ByLanguage["en"];
        var seconds = (long)Math.Round(Math.Max(0, duration.TotalSeconds), MidpointRounding.AwayFromZero);
        string N(long value) => value.ToString("N0", culture);
        return seconds switch
        {
            < 60 => string.Format(culture, units.Seconds, N(seconds)),
            < 3600 => string.Format(culture, units.MinutesSeconds, N(seconds / 60), N(seconds % 60)),
            _ => string.Format(culture, units.HoursMinutes, N(seconds / 3600), N(seconds % 3600 / 60)),
        };
    }
}
