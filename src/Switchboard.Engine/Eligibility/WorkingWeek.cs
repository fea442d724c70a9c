using NodaTime;
using NodaTime.Text;

namespace Switchboard.Engine.Eligibility;

/// <summary>One working range of a weekday: <see cref="Start"/> inclusive, <see cref="End"/> exclusive (null = until midnight, "24:00").</summary>
internal readonly record struct WorkingRange(LocalTime Start, LocalTime? End)
{
    public bool Contains(LocalTime time) => time >= Start && (End is not { } end || time < end);
}

/// <summary>
/// Weekly working hours parsed from the configuration's <c>workingHours</c>: weekday key (mon..sun)
/// to ranges of local times. A weekday without a key has no working time.
/// </summary>
internal sealed class WorkingWeek
{
    private static readonly string[] DayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly LocalTimePattern[] TimePatterns =
    [
        LocalTimePattern.CreateWithInvariantCulture("HH:mm"),
        LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss"),
    ];

    /// <summary>Index 0 = Monday … 6 = Sunday (ISO order).</summary>
    private readonly WorkingRange[][] _days;

    /// <summary>The configuration's key of <paramref name="day"/> ("mon" … "sun").</summary>
    public static string DayKey(IsoDayOfWeek day) => DayKeys[(int)day - 1];

    private WorkingWeek(WorkingRange[][] days) => _days = days;

    /// <summary>
    /// Null when <paramref name="hours"/> is null or empty (always working).
    /// Throws <see cref="ArgumentException"/> on an unknown weekday key, a malformed time, or a range whose end is not after its start.
    /// </summary>
    public static WorkingWeek? Parse(IReadOnlyDictionary<string, List<List<string>>>? hours)
    {
        if (hours is null || hours.Count == 0) return null;
        var days = new List<WorkingRange>[7];
        for (var i = 0; i < 7; i++) days[i] = [];
        foreach (var (key, ranges) in hours)
        {
            var index = Array.IndexOf(DayKeys, key.ToLowerInvariant());
            if (index < 0)
                throw new ArgumentException($"workingHours: unknown weekday '{key}' (use mon, tue, wed, thu, fri, sat, sun)");
            foreach (var range in ranges ?? [])
                days[index].Add(ParseRange(key, range));
        }
        return new WorkingWeek([.. days.Select(d => d.OrderBy(r => r.Start).ToArray())]);
    }

    public IReadOnlyList<WorkingRange> On(IsoDayOfWeek day) => _days[(int)day - 1];

    public bool Contains(LocalDateTime local)
    {
        var time = local.TimeOfDay;
        foreach (var range in _days[(int)local.DayOfWeek - 1])
            if (range.Contains(time)) return true;
        return false;
    }

    /// <summary>
    /// The local times [From, To) around <paramref name="local"/>'s time of day between which no range of its
    /// weekday begins or ends, so <see cref="Contains"/> gives the same answer throughout; To null = midnight.
    /// </summary>
    public (LocalTime From, LocalTime? To) Unchanged(LocalDateTime local)
    {
        var time = local.TimeOfDay;
        var from = LocalTime.Midnight;
        LocalTime? to = null;
        foreach (var range in _days[(int)local.DayOfWeek - 1])
        {
            foreach (var boundary in (ReadOnlySpan<LocalTime?>)[range.Start, range.End])
            {
                if (boundary is not { } at) continue;
                if (at <= time) from = at > from ? at : from;
                else if (to is not { } earliest || at < earliest) to = at;
            }
        }
        return (from, to);
    }

    private static WorkingRange ParseRange(string day, List<string>? range)
    {
        if (range is not { Count: 2 })
            throw new ArgumentException($"workingHours.{day}: each range is [\"HH:mm\",\"HH:mm\"]");
        var start = ParseTime(day, range[0]);
        if (range[1] == "24:00") return new WorkingRange(start, null);
        var end = ParseTime(day, range[1]);
        if (end <= start)
            throw new ArgumentException(
                $"workingHours.{day}: range {range[0]}-{range[1]} must end after it starts (use 24:00 for midnight; split overnight shifts over two days)");
        return new WorkingRange(start, end);
    }

    private static LocalTime ParseTime(string day, string? text)
    {
        foreach (var pattern in TimePatterns)
        {
            var result = pattern.Parse(text ?? "");
            if (result.Success) return result.Value;
        }
        throw new ArgumentException($"workingHours.{day}: '{text}' is not a time of day (HH:mm)");
    }
}
