using Microsoft.Extensions.Localization;
using Switchboard.Application;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Pages.Leads.Decisions;

/// <summary>
/// One routing decision in one sentence: "Assigned to 佐藤 花子 by workflow Hokkaido territory (priority 10): rule
/// 都道府県 contains 北海道 matched". Reps are named as the decision's configuration version names them.
/// </summary>
public sealed class DecisionSentence(IStringLocalizer<LeadsText> texts)
{
    private static readonly Dictionary<string, string> Outcomes = new()
    {
        ["assigned"] = "OutcomeAssigned", ["claimed"] = "OutcomeClaimed", ["fallback"] = "OutcomeFallback", ["overflow"] = "OutcomeOverflow",
        ["handed_over"] = "OutcomeHandedOver", ["kept"] = "OutcomeKept", ["already_assigned"] = "OutcomeAlreadyAssigned",
        ["queued"] = "OutcomeQueued", ["claimable"] = "OutcomeClaimable", ["unassigned"] = "OutcomeUnassigned",
        ["not_eligible"] = "OutcomeNotEligible", ["rejected"] = "OutcomeRejected", ["recycled"] = "OutcomeRecycled",
        ["sla_breached"] = "OutcomeSlaBreached", ["escalated"] = "OutcomeEscalated", ["touched"] = "OutcomeTouched",
        ["merged"] = "OutcomeMerged", ["stage_changed"] = "OutcomeStageChanged", ["converted"] = "OutcomeConverted",
    };

    public string For(ExplainedDecision explained)
    {
        var decision = explained.Decision;
        // The rep the sentence is about: the chosen one, or for a rejection the rep who rejected (its only candidate).
        var rep = explained.ChosenRepName ?? decision.ChosenRepId
            ?? explained.Candidates.Select(candidate => candidate.RepName ?? candidate.RepId).FirstOrDefault();
        var head = Outcomes.TryGetValue(decision.Outcome, out var key)
            ? texts[key, rep ?? "", decision.PoolId ?? "", decision.Outcome]
            : texts["OutcomeStep", rep ?? "", decision.PoolId ?? "", decision.Outcome];
        var sentence = explained.WorkflowName is { } workflow
            ? texts["ByWorkflow", head, workflow, explained.WorkflowPriority ?? 0].Value
            : head.Value;
        return explained.Rule is { } rule ? new RuleText(texts).After(sentence, rule) : sentence;
    }
}
