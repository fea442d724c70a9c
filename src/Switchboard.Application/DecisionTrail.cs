using Switchboard.Application.Routing;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application;

/// <summary>
/// A lead's decisions made readable for a person ("why"): each with the workflow that made it (name, priority and
/// its condition evaluated on the lead as it is now) and each candidate with its rep's name and the particulars of
/// the reason it was passed over, all from the configuration version the decision recorded.
/// </summary>
public sealed class DecisionTrail(ISwitchboardStore store)
{
    /// <summary>Null when the lead does not exist or <paramref name="caller"/> may not see it (the same answer for both).</summary>
    public async Task<IReadOnlyList<ExplainedDecision>?> OfAsync(string leadId, Caller caller, CancellationToken ct = default)
    {
        var lead = await store.GetLeadAsync(leadId, ct);
        if (lead is null || !caller.MayActOn(lead.OwnerId)) return null;
        var decisions = await store.GetDecisionsAsync(leadId, ct);
        var versions = new Dictionary<int, RoutingConfig?>();
        var explained = new List<ExplainedDecision>(decisions.Count);
        foreach (var decision in decisions)
        {
            if (!versions.TryGetValue(decision.ConfigVersion, out var config))
                versions[decision.ConfigVersion] = config = await store.GetConfigVersionAsync(decision.ConfigVersion, ct) is { } stored
                    ? ConfigService.Parse(stored) : null;
            explained.Add(Explain(decision, config, lead));
        }
        return explained;
    }

    private static ExplainedDecision Explain(Decision decision, RoutingConfig? config, Lead lead)
    {
        var workflow = config?.Workflows.FirstOrDefault(w => w.Id == decision.WorkflowId);
        var candidates = decision.Candidates.Select(c => new ExplainedCandidate(
            c.RepId, config?.Reps.FirstOrDefault(r => r.Id == c.RepId)?.Name, c.Eligible, Detail(c, config, decision)));
        return new ExplainedDecision(
            decision,
            config?.Reps.FirstOrDefault(r => r.Id == decision.ChosenRepId)?.Name,
            workflow?.Name, workflow?.Priority,
            workflow is null ? null : ConditionTrace.Of(workflow.Conditions, lead),
            [.. candidates]);
    }

    /// <summary>The reason's particulars; the code alone when the recorded version is gone.</summary>
    private static ReasonDetail? Detail(Candidate candidate, RoutingConfig? config, Decision decision) =>
        config is not null ? ReasonDetails.Of(candidate, config, decision.PoolId, decision.At)
        : candidate.Reason is { } code ? new ReasonDetail { Code = code } : null;
}

/// <param name="ChosenRepName">The chosen rep's name in the recorded version.</param>
/// <param name="Rule">The workflow's condition evaluated on the lead as it is now (fields changed since can make it differ); null without conditions.</param>
public sealed record ExplainedDecision(
    Decision Decision, string? ChosenRepName, string? WorkflowName, int? WorkflowPriority, ConditionStep? Rule,
    IReadOnlyList<ExplainedCandidate> Candidates);

/// <param name="Detail">Why the rep was passed over, with its particulars; null for an eligible rep.</param>
public sealed record ExplainedCandidate(string RepId, string? RepName, bool Eligible, ReasonDetail? Detail);
