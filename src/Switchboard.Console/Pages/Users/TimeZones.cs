using NodaTime;

namespace Switchboard.Web.Pages.Users;

/// <summary>The IANA time zones a person can pick, found by any words of their name ("new york", "tokyo", "europe berlin").</summary>
public static class TimeZones
{
    public const int MaxShown = 50;

    private static readonly string[] All = [.. DateTimeZoneProviders.Tzdb.Ids.Order(StringComparer.Ordinal)];

    /// <summary>The zones whose id holds every word typed (case and '_' or '/' ignored), at most <see cref="MaxShown"/>.</summary>
    public static IReadOnlyList<string> Matching(string? text)
    {
        var words = (text ?? "").Split([' ', '_', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. All.Where(id => words.All(word => id.Contains(word, StringComparison.OrdinalIgnoreCase))).Take(MaxShown)];
    }
}
