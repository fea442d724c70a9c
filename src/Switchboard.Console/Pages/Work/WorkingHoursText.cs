using System.Text.RegularExpressions;

namespace Switchboard.Web.Pages.Work;

/// <summary>
/// One weekday's working hours as a rep writes them: "09:00-12:00, 13:00-18:00" (empty: not working that day).
/// Only the shape is read here; whether the times are valid is the configuration's rule, answered at the field.
/// </summary>
public static partial class WorkingHoursText
{
    public static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static string Format(IEnumerable<List<string>>? ranges) =>
        string.Join(", ", (ranges ?? []).Select(range => string.Join("-", range)));

    /// <summary>The day's ranges; null when the text is not ranges of the form 09:00-18:00.</summary>
    public static List<List<string>>? Parse(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ranges = new List<List<string>>();
        foreach (var part in parts)
        {
            if (Range().Match(part) is not { Success: true } match) return null;
            ranges.Add([match.Groups[1].Value, match.Groups[2].Value]);
        }
        return ranges;
    }

    [GeneratedRegex(@"^(\d{2}:\d{2})\s*[-–~]\s*(\d{2}:\d{2})$")]
    private static partial Regex Range();
}
