using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>The audit record of one routing step.</summary>
public sealed record Decision
{
    public Instant At { get; init; }
    public string Trigger { get; init; } = "";
    public string? WorkflowId { get; init; }
    public string Action { get; init; } = "";
    public string? PoolId { get; init; }
    /// <summary>round_robin, weighted_round_robin, weighted_random, least_loaded, shark_tank, direct, fallback, manual…</summary>
    public string? Strategy { get; init; }
    public int ConfigVersion { get; init; }
    public string? ChosenRepId { get; init; }
    /// <summary>Outcome code: assigned, already_assigned, kept, unassigned, overflow, queued, set_field, set_stage…</summary>
    public string Outcome { get; init; } = "";
    public string Why { get; init; } = "";
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];
    /// <summary>A "merged" decision: the submission merged into the lead, as received (absent on every other decision).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Submission { get; init; }
}

public sealed record Candidate(string RepId, bool Eligible, string? Reason);
