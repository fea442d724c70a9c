using NodaTime;

namespace Switchboard.Engine.Lint;

/// <summary>
/// What the lint needs to know about stored data, gathered by the application before it runs
/// (<see cref="ConfigLint"/> itself reads nothing). <see cref="None"/> (no stored data) keeps every
/// data-based rule quiet.
/// </summary>
public sealed record LintFacts
{
    /// <summary>The period the pools' activity is counted over.</summary>
    public static readonly Duration Window = Duration.FromDays(30);

    public static readonly LintFacts None = new();

    /// <summary>The custom field names (keys under "fields") of the newest stored leads.</summary>
    public IReadOnlySet<string> CustomFieldsSeen { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How many leads <see cref="CustomFieldsSeen"/> was read from; 0 = none stored, so no field counts as unseen.</summary>
    public int LeadsRead { get; init; }

    /// <summary>Per pool id: the leads it assigned in the last <see cref="Window"/> and how many of them were touched.</summary>
    public IReadOnlyDictionary<string, PoolActivity> Pools { get; init; } = new Dictionary<string, PoolActivity>(StringComparer.Ordinal);
}

/// <summary>A pool's leads of the last <see cref="LintFacts.Window"/>: assigned by it, and touched by their owner since.</summary>
public sealed record PoolActivity(int Assigned, int Touched);
