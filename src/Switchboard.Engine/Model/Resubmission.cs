using System.Text.Json.Nodes;

namespace Switchboard.Engine.Model;

/// <summary>
/// A new submission that intake matched to an existing open lead (settings.dedupe "merge"): its data as received,
/// its externalId, and what it matched on ("externalId", "email" or "phone").
/// </summary>
public sealed record Resubmission(JsonObject Data, string? ExternalId, string MatchedBy);

/// <summary>The de-duplication policies of settings.dedupe.</summary>
public static class DedupePolicies
{
    /// <summary>A submission matching an open lead fills that lead's empty fields (the default).</summary>
    public const string Merge = "merge";
    /// <summary>Every submission makes a new lead.</summary>
    public const string Create = "create";
    public static readonly string[] All = [Merge, Create];
}
