using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>A person who can own leads. Plain data as it appears in the configuration document.</summary>
[OmitNulls]
public sealed record Rep
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Email { get; init; }
    public string Role { get; init; } = "rep";
    public bool Active { get; init; } = true;
    public string TimeZone { get; init; } = "UTC";
    /// <summary>Weekday key (mon..sun) to ranges such as ["09:00","18:00"]; null means always working.</summary>
    public Dictionary<string, List<List<string>>>? WorkingHours { get; init; }
    public List<OutOfOffice>? OutOfOffice { get; init; }
    public string Status { get; init; } = "online";
    public int Level { get; init; } = 1;
    public Dictionary<string, List<string>>? Skills { get; init; }
    public Capacity? Capacity { get; init; }
    public string? ManagerId { get; init; }
}

/// <summary>An absence from <see cref="From"/> to <see cref="To"/>; date-only bounds are whole days in the rep's zone.</summary>
public sealed record OutOfOffice
{
    public OutOfOfficeBound From { get; init; }
    public OutOfOfficeBound To { get; init; }
}

[OmitNulls]
public sealed record Capacity
{
    public int? MaxOpen { get; init; }
    public int? PerDay { get; init; }
    public int? PerWeek { get; init; }
}
