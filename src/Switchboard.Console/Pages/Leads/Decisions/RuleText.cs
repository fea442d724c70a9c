using System.Text.Json;
using Microsoft.Extensions.Localization;
using Switchboard.Engine.Explanations;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Pages.Leads.Decisions;

/// <summary>
/// A workflow's condition as evaluated on the lead, as readable clauses: "都道府県 contains 北海道 matched",
/// "(industry is SaaS or employees ≥ 100) and not (country is JP) did not match".
/// </summary>
public sealed class RuleText(IStringLocalizer<LeadsText> texts)
{
    private static readonly Dictionary<string, string> Operators = new()
    {
        ["eq"] = "OpEq", ["neq"] = "OpNeq", ["contains"] = "OpContains", ["not_contains"] = "OpNotContains",
        ["starts_with"] = "OpStartsWith", ["ends_with"] = "OpEndsWith", ["in"] = "OpIn", ["not_in"] = "OpNotIn",
        ["gt"] = "OpGt", ["gte"] = "OpGte", ["lt"] = "OpLt", ["lte"] = "OpLte", ["between"] = "OpBetween",
        ["exists"] = "OpExists", ["not_exists"] = "OpNotExists", ["regex"] = "OpRegex",
    };

    /// <summary>The whole condition and whether it held.</summary>
    public string Verdict(ConditionStep rule) => texts[rule.Matched ? "RuleMatched" : "RuleNotMatched", Clause(rule, top: true)];

    /// <summary>The condition as clauses; nested groups in parentheses.</summary>
    public string Clause(ConditionStep step, bool top = false) => step.Kind switch
    {
        "all" => Group(step, "RuleAnd", top),
        "any" => Group(step, "RuleOr", top),
        "not" => texts["RuleNot", Clause(step.Parts[0], top: true)],
        _ => Leaf(step),
    };

    private string Group(ConditionStep step, string joiner, bool top)
    {
        var text = string.Join(texts[joiner].Value, step.Parts.Select(part => Clause(part)));
        return top || step.Parts.Count < 2 ? text : $"({text})";
    }

    private string Leaf(ConditionStep step)
    {
        var field = step.Field is { } name && name.StartsWith("fields.", StringComparison.Ordinal) ? name["fields.".Length..] : step.Field ?? "";
        var key = step.Op is { } op && Operators.TryGetValue(op, out var known) ? known : "OpOther";
        return texts[key, field, Operand(step.Value, range: step.Op == "between"), step.Op ?? ""];
    }

    /// <summary>The operand as written: a string without quotes, a list joined with commas, a range "10–100".</summary>
    internal static string Operand(JsonElement? value, bool range = false) => value switch
    {
        null => "",
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        { ValueKind: JsonValueKind.Array } list => string.Join(range ? "–" : ", ", list.EnumerateArray().Select(item => Operand(item))),
        { } other => other.GetRawText(),
    };
}
