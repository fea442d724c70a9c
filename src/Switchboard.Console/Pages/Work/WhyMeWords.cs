using Microsoft.Extensions.Localization;
using Switchboard.Application;
using Switchboard.Engine.Model;
using Switchboard.Web.Pages.Leads.Decisions;

namespace Switchboard.Web.Pages.Work;

/// <summary>
/// The decision that gave a rep its lead, in plain words: "Assigned to you by workflow Hokkaido territory (priority
/// 10): rule region contains 北海道 matched", "Assigned to you by round robin in pool Seoul inbound". The rule is
/// written as the lead page writes it (<see cref="RuleText"/>), naming only the parts that held.
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

    /// <param name="poolNames">The pools' names by id (the decision names its pool by id).</param>
    public static string Of(ExplainedDecision? why, IReadOnlyDictionary<string, string> poolNames, IStringLocalizer texts, RuleText rules)
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
        return why.Rule is { Matched: true } rule ? rules.After(sentence, RuleText.Held(rule)) : sentence;
    }
}
