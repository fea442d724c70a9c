using System.Text.Json;
using Microsoft.Extensions.Localization;
using Switchboard.Application;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Work;

/// <summary>
/// The decision that gave a rep its lead, in plain words: "Assigned to you by workflow Hokkaido territory (priority
/// 10): rule region contains 北海道 matched", "Assigned to you by round robin in pool Seoul inbound".
/// </summary>
public static class WhyMeWords
{
    private static readonly Dictionary<string, string> Strategies = new()
    {
        [Pool.Strategies.RoundRobin] = "StrategyRoundRobin",
        [Pool.Strategies.WeightedRoundRobin] = "StrategyWeightedRoundRobin",
        [Pool.Strategies.LeastLoaded] = "StrategyLeastLoaded",
        ["weighted_random"] = "StrategyWeightedRandom",
        ["account_owner"] = "StrategyAccountOwner",
    };

    private static readonly Dictionary<string, string> Operators = new()
    {
        ["eq"] = "WorkOpEq", ["neq"] = "WorkOpNeq", ["contains"] = "WorkOpContains", ["in"] = "WorkOpIn",
        ["between"] = "WorkOpBetween", ["gte"] = "OpAtLeast", ["lte"] = "OpAtMost",
    };

    /// <param name="poolNames">The pools' names by id (the decision names its pool by id).</param>
    public static string Of(ExplainedDecision? why, IReadOnlyDictionary<string, string> poolNames, IStringLocalizer texts)
    {
        if (why is null) return texts["WhyByHand"];
        var decision = why.Decision;
        var pool = decision.PoolId is { } id ? poolNames.GetValueOrDefault(id, id) : null;
        if (decision.Strategy == Pool.Strategies.SharkTank && pool is not null) return texts["WhyClaimed", pool];
        var strategy = decision.Strategy is { } code && Strategies.TryGetValue(code, out var key) ? texts[key].Value : decision.Strategy ?? "";
        string sentence = (pool, why.WorkflowName) switch
        {
            ({ } inPool, { } workflow) => texts["WhyPoolFromWorkflow", strategy, inPool, workflow, why.WorkflowPriority ?? 0],
            ({ } inPool, null) => texts["WhyPool", strategy, inPool],
            (null, { } workflow) => texts["WhyWorkflow", workflow, why.WorkflowPriority ?? 0],
            _ => texts["WhyByHand"],
        };
        return why.Rule is { Matched: true } rule && Matched(rule).ToList() is { Count: > 0 } leaves
            ? $"{sentence}: {texts["WhyRuleMatched", string.Join(" · ", leaves.Select(leaf => Leaf(leaf, texts)))]}"
            : sentence;
    }

    /// <summary>The leaves that held, in a tree that matched (the parts of an "any" that did not hold are left out).</summary>
    private static IEnumerable<ConditionStep> Matched(ConditionStep step) =>
        step.Kind == "leaf" ? (step.Matched ? [step] : []) : step.Kind == "not" ? [] : step.Parts.Where(p => p.Matched).SelectMany(Matched);

    private static string Leaf(ConditionStep leaf, IStringLocalizer texts)
    {
        var op = leaf.Op is { } code && Operators.TryGetValue(code, out var key) ? texts[key].Value : leaf.Op;
        return $"{leaf.Field} {op} {Operand(leaf.Value)}";
    }

    private static string Operand(JsonElement? value) => value switch
    {
        null => "",
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        { ValueKind: JsonValueKind.Array } list => string.Join(", ", list.EnumerateArray().Select(item => Operand(item))),
        { } other => other.GetRawText(),
    };
}
