using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>
/// The <c>scoring</c> section: fit rules on the lead's fields, points per engagement event type (with a cap
/// per type), optional decay of event points, and grades. Score = fit + engagement, rounded to a whole number.
/// <code>{"fit":[{"when":{…},"points":30}],"events":{"page_visit":{"points":2,"max":20}},"halfLife":"P30D",
///  "grades":[{"name":"hot","min":70},{"name":"warm","min":40},{"name":"cold","min":0}]}</code>
/// </summary>
[OmitNulls]
public sealed record ScoringModel
{
    /// <summary>Each rule whose condition matches the lead adds its points (negative points subtract).</summary>
    public List<FitRule> Fit { get; init; } = [];
    /// <summary>Points per event type; types not listed score nothing.</summary>
    public Dictionary<string, EventPoints> Events { get; init; } = new(StringComparer.Ordinal);
    /// <summary>ISO-8601 duration: an event's points halve every halfLife of its age. Absent = no decay.</summary>
    public string? HalfLife { get; init; }
    /// <summary>A lead gets the grade with the highest <see cref="GradeBand.Min"/> its score reaches; below all, the lowest.</summary>
    public List<GradeBand> Grades { get; init; } = DefaultGrades();

    public static List<GradeBand> DefaultGrades() => [new("hot", 70), new("warm", 40), new("cold", 0)];
}

/// <summary>A fit rule: <c>{"when":{condition},"points":30}</c>; no condition = always.</summary>
[OmitNulls]
public sealed record FitRule
{
    public Condition? When { get; init; }
    public int Points { get; init; }
}

/// <summary>Points of one event type, and the most that type may add in total (after decay).</summary>
[OmitNulls]
public sealed record EventPoints
{
    public int Points { get; init; }
    public int? Max { get; init; }
}

public sealed record GradeBand(string Name, int Min);
