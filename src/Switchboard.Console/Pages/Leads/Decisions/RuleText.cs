using System.Text.Json;
using Microsoft.Extensions.Localization;
using Switchboard.Engine.Explanations;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Pages.Leads.Decisions;

/// <summary>
/// A workflow's condition as evaluated on the lead, as readable clauses: "都道府県 contains 北海道 matched",
/// "all of (any of (industry = SaaS; employees ≥ 100); not (country = JP)) did not match". The lead page's decision
/// sentences and the workspace's "Why me" both write their rule with it.
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

    /// <summary>A sentence about a decision followed by the rule that decided it: "…: rule 都道府県 contains 北海道 matched".</summary>
    public string After(string sentence, ConditionStep rule) => texts["RuleClause", sentence, Verdict(rule)];

    /// <summary>The condition without the parts of its groups that did not hold (what made a matched rule match).</summary>
    public static ConditionStep Held(ConditionStep step) => step.Kind is "all" or "any"
        ? step with { Parts = step.Parts.Where(part => part.Matched).Select(Held).ToList() }
        : step;

    /// <summary>The whole condition and whether it held.</summary>
    public string Verdict(ConditionStep rule) => texts[rule.Matched ? "RuleMatched" : "RuleNotMatched", Clause(rule)];

    /// <summary>The condition as clauses: a group of several parts as "all of (a; b)" or "any of (a; b)", a group of one as its part.</summary>
    public string Clause(ConditionStep step) => step.Kind switch
    {
        "all" or "any" when step.Parts.Count == 1 => Clause(step.Parts[0]),
        "all" => texts["RuleAll", string.Join("; ", step.Parts.Select(Clause))],
        "any" => texts["RuleAny", string.Join("; ", step.Parts.Select(Clause))],
        "not" => texts["RuleNot", Clause(step.Parts[0])],
        _ => Leaf(step),
    };

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
