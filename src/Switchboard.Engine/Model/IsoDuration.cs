using NodaTime;
using NodaTime.Text;

namespace Switchboard.Engine.Model;

/// <summary>
/// ISO-8601 durations as configurations write them ("PT10M", "PT1H", "P1D", "P1W"). Years and months
/// have no fixed length and are refused; a day counts 24 hours. Only positive durations are accepted.
/// </summary>
internal static class IsoDuration
{
    public static bool TryParse(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parsed = PeriodPattern.NormalizingIso.Parse(text.Trim());
        if (!parsed.Success || parsed.Value.Years != 0 || parsed.Value.Months != 0) return false;
        duration = parsed.Value.ToDuration();
        return duration > Duration.Zero;
    }

    /// <summary>Throws <see cref="ArgumentException"/> for text <see cref="TryParse"/> refuses (validated configurations never do).</summary>
    public static Duration Parse(string? text) =>
        TryParse(text, out var duration) ? duration : throw new ArgumentException($"'{text}' is not a positive ISO-8601 duration such as PT10M", nameof(text));

    public const string Hint = "a positive ISO-8601 duration without years or months, such as PT10M, PT1H or P1D";
}
