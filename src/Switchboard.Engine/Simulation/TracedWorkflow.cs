using System.Text.Json;
using Switchboard.Engine.Json;

namespace Switchboard.Engine.Simulation;

/// <summary>What a trace says of one workflow: its <see cref="TracedWorkflow.Status"/>.</summary>
public static class TraceStatus
{
    /// <summary>Its trigger filter fired and its conditions held: its actions ran.</summary>
    public const string Matched = "matched";
    /// <summary>Its trigger filter or a condition did not hold: <see cref="TracedWorkflow.Failed"/> says which.</summary>
    public const string NotMatched = "not_matched";
    /// <summary>Switched off (<c>enabled: false</c>): never evaluated.</summary>
    public const string Disabled = "disabled";
    /// <summary>After a matched <c>stopOnMatch</c> workflow: the walk ended before it.</summary>
    public const string NotReached = "not_reached";
}

/// <summary>
/// One workflow of a trigger as a walk met it, in evaluation order (ascending priority, ties in creation order).
/// <see cref="Failed"/> is the first check that did not hold (depth first) for a workflow that did not match.
/// </summary>
[OmitNulls]
public sealed record TracedWorkflow
{
    public required string WorkflowId { get; init; }
    public string? Name { get; init; }
    public int Priority { get; init; }
    /// <summary>The workflow's own trigger (form.submitted workflows walk with lead.created on a web form's lead).</summary>
    public required string Trigger { get; init; }
    public required string Status { get; init; }
    public bool Matched => Status == TraceStatus.Matched;
    /// <summary>True on the matched stopOnMatch workflow that ended the walk; absent elsewhere.</summary>
    public bool? StoppedHere { get; init; }
    public FailedCheck? Failed { get; init; }
}

/// <summary>
/// The check that ruled a workflow out: a condition leaf (<c>conditions.all[1]</c>, with the field, operator, operand and
/// the lead's values as written), or its trigger's filter (<c>trigger.source</c>). <see cref="Text"/> says it in one line:
/// <c>conditions.all[1]: region "東京都" does not contain "北海道"</c>.
/// </summary>
[OmitNulls]
public sealed record FailedCheck
{
    public required string Path { get; init; }
    public string? Field { get; init; }
    public string? Op { get; init; }
    public JsonElement? Value { get; init; }
    /// <summary>The lead's values of <see cref="Field"/> as written; empty when it has none.</summary>
    public IReadOnlyList<string>? LeadValues { get; init; }
    public required string Text { get; init; }
}

/// <summary>Every workflow of one trigger's walk, matched or not, in evaluation order.</summary>
public sealed record TriggerTrace(string Trigger, IReadOnlyList<TracedWorkflow> Workflows);
