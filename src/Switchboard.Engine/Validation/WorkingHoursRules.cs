namespace Switchboard.Engine.Validation;

/// <summary>
/// Weekly working hours: keys mon..sun, each a list of ["HH:mm","HH:mm"] ranges with start before end;
/// "24:00" is allowed as an end and means the end of the day.
/// </summary>
internal static class WorkingHoursRules
{
    public static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private const int EndOfDay = 24 * 60;

    public static void Validate(Dictionary<string, List<List<string>>> hours, string path, List<ValidationError> errors)
    {
        foreach (var (day, ranges) in hours)
        {
            var dayPath = $"{path}.{day}";
            if (!Weekdays.Contains(day, StringComparer.Ordinal))
                errors.Add(new(dayPath, $"unknown weekday \"{day}\"; use {string.Join(", ", Weekdays)}"));
            else if (ranges is null)
                errors.Add(new(dayPath, "must be a list of [\"HH:mm\",\"HH:mm\"] ranges"));
            else
                for (var i = 0; i < ranges.Count; i++) CheckRange(ranges[i], $"{dayPath}[{i}]", errors);
        }
    }

    private static void CheckRange(List<string>? range, string path, List<ValidationError> errors)
    {
        if (range is not { Count: 2 })
        {
            errors.Add(new(path, "a range must be two times [\"HH:mm\",\"HH:mm\"]"));
            return;
        }
        var start = Minutes(range[0], allowEndOfDay: false);
        var end = Minutes(range[1], allowEndOfDay: true);
        if (start is null) errors.Add(new(path + "[0]", $"start must be a time \"HH:mm\" from 00:00 to 23:59 (got \"{range[0]}\")"));
        if (end is null) errors.Add(new(path + "[1]", $"end must be a time \"HH:mm\" from 00:00 to 24:00 (got \"{range[1]}\")"));
        if (start is not null && end is not null && start >= end)
            errors.Add(new(path, $"start {range[0]} must be before end {range[1]}"));
    }

    /// <summary>Minutes since midnight of an exact "HH:mm", or null.</summary>
    private static int? Minutes(string? text, bool allowEndOfDay)
    {
        if (text is not { Length: 5 } || text[2] != ':') return null;
        if (!char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
            return null;
        var hour = (text[0] - '0') * 10 + (text[1] - '0');
        var minute = (text[3] - '0') * 10 + (text[4] - '0');
        if (minute > 59) return null;
        var total = hour * 60 + minute;
        if (total < EndOfDay) return total;
        return allowEndOfDay && total == EndOfDay ? total : null;
    }
}
