using System.Text.Json.Nodes;
using Switchboard.Engine.Json;

namespace Switchboard.Engine.Config;

/// <summary>
/// One difference between two configuration documents. <see cref="Path"/> names objects of keyed lists by their key
/// (<c>workflows[id=hokkaido].conditions.all[1].value</c>, <c>pools[id=inbound].members[repId=kim].weight</c>);
/// <see cref="JsonPath"/> is the same place by position (<c>$.workflows[3].conditions.all[1].value</c>) in the
/// document the value is read from: the newer one, or the older one for a removal.
/// </summary>
[OmitNulls]
public sealed record ConfigDifference
{
    /// <summary>One of <see cref="DifferenceKinds"/>.</summary>
    public required string Kind { get; init; }
    public required string Path { get; init; }
    public required string JsonPath { get; init; }
    /// <summary>The value in the older document (absent for an addition and for a secret).</summary>
    public JsonNode? Before { get; init; }
    /// <summary>The value in the newer document (absent for a removal and for a secret).</summary>
    public JsonNode? After { get; init; }
    /// <summary>True when the value is write-only (a webhook secret, a Slack URL): it changed, and neither value is shown.</summary>
    public bool? Secret { get; init; }
}

public static class DifferenceKinds
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
    /// <summary>A keyed list whose common objects come in another order: before and after are their keys in order.</summary>
    public const string Reordered = "reordered";
}

/// <summary>How many differences of each kind a diff holds.</summary>
public sealed record DiffSummary(int Added, int Removed, int Changed, int Reordered)
{
    public static DiffSummary Of(IReadOnlyList<ConfigDifference> changes) => new(
        changes.Count(c => c.Kind == DifferenceKinds.Added), changes.Count(c => c.Kind == DifferenceKinds.Removed),
        changes.Count(c => c.Kind == DifferenceKinds.Changed), changes.Count(c => c.Kind == DifferenceKinds.Reordered));
}
