using System.Text.Json;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Explanations;

/// <summary>
/// One node of a condition evaluated for a person: whether it held, and for a leaf the field, the operator, the
/// operand as written and the lead's values, so a page or a preview can say "region 東京都 does not contain 北海道".
/// <see cref="Path"/> is the node's JSON path in the workflow ("conditions.all[1]").
/// </summary>
public sealed record ConditionStep
{
    public required string Path { get; init; }
    public required bool Matched { get; init; }
    /// <summary>"all", "any", "not", or "leaf".</summary>
    public required string Kind { get; init; }
    public string? Field { get; init; }
    public string? Op { get; init; }
    public JsonElement? Value { get; init; }
    /// <summary>The lead's values of <see cref="Field"/> as written; empty when it has none.</summary>
    public IReadOnlyList<string>? LeadValues { get; init; }
    public IReadOnlyList<ConditionStep> Parts { get; init; } = [];
}

public static class ConditionTrace
{
    /// <summary>
    /// Evaluates <paramref name="condition"/> (a valid one, as in a saved configuration) on <paramref name="lead"/>, node by
    /// node, with the same operators routing uses; null for no condition (a workflow without conditions always matches).
    /// </summary>
    public static ConditionStep? Of(Condition? condition, Lead lead, string path = "conditions")
    {
        if (condition is null) return null;
        var table = new FieldTable();
        return Step(condition, LeadFacts.From(lead, table), table, path); // one lead's facts; leaves number their fields as they compile
    }

    /// <summary>The first leaf that did not hold, depth first, in a tree that did not match; null when it matched.</summary>
    public static ConditionStep? FirstFailure(ConditionStep step)
    {
        if (step.Matched) return null;
        if (step.Kind == "leaf") return step;
        foreach (var part in step.Parts)
            if (FirstFailure(part) is { } failed) return failed;
        return step; // a "not" whose part held, or an empty "any"
    }

    private static ConditionStep Step(Condition node, LeadFacts facts, FieldTable table, string path)
    {
        if (node.All is { } all)
        {
            var parts = all.Select((part, i) => Step(part, facts, table, $"{path}.all[{i}]")).ToList();
            return new ConditionStep { Path = path, Kind = "all", Matched = parts.All(p => p.Matched), Parts = parts };
        }
        if (node.Any is { } any)
        {
            var parts = any.Select((part, i) => Step(part, facts, table, $"{path}.any[{i}]")).ToList();
            return new ConditionStep { Path = path, Kind = "any", Matched = parts.Any(p => p.Matched), Parts = parts };
        }
        if (node.Not is { } not)
        {
            var part = Step(not, facts, table, $"{path}.not");
            return new ConditionStep { Path = path, Kind = "not", Matched = !part.Matched, Parts = [part] };
        }
        var compiled = ConditionCompiler.Compile(node, table);
        var values = facts.TryGet(node.Field!, out var found) ? found.Raw : [];
        return new ConditionStep
        {
            Path = path, Kind = "leaf", Matched = compiled(facts), Field = node.Field, Op = node.Op, Value = node.Value,
            LeadValues = values,
        };
    }
}
