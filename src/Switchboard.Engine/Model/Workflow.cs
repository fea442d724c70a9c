using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Engine.Model;

/// <summary>Trigger + conditions + ordered actions.</summary>
public sealed record Workflow
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public int Priority { get; init; }
    public bool Enabled { get; init; } = true;
    public bool StopOnMatch { get; init; }
    public Trigger Trigger { get; init; } = new();
    public Condition? Conditions { get; init; }
    public List<WorkflowAction> Actions { get; init; } = [];
}

public sealed record Trigger
{
    public string Type { get; init; } = Triggers.LeadCreated;
    /// <summary>lead.created: only leads of this source.</summary>
    public string? Source { get; init; }
    /// <summary>lead.updated: only when one of these fields changed.</summary>
    public List<string>? Fields { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public static class Triggers
{
    public const string LeadCreated = "lead.created";
    public const string LeadUpdated = "lead.updated";
    public const string Manual = "manual";
    /// <summary>Triggers a workflow may name; later issues add the rest of SPEC's list.</summary>
    public static readonly string[] Known = [LeadCreated, LeadUpdated];
}

/// <summary>
/// One action of a workflow. A single record carries the parameters of every action type;
/// each type validates and executes the ones it uses (see Actions/).
/// </summary>
public sealed record WorkflowAction
{
    public string Type { get; init; } = "";
    public string? Pool { get; init; }
    public string? Rep { get; init; }
    public bool Reassign { get; init; }
    public string? Field { get; init; }
    public JsonElement? Value { get; init; }
    public string? Stage { get; init; }
    public string? Delay { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
