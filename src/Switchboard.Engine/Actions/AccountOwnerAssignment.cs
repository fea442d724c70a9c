using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>
/// assign with accountOwner: the owner of the lead's account if eligible (as for a direct rep assign), else the
/// first eligible owner up the parentId chain, else the action's fallbackPool. One decision (strategy
/// "account_owner") records every owner tried as a candidate and each step in its why; a fallback adds the pool's own decision.
/// </summary>
internal static class AccountOwnerAssignment
{
    public const string Strategy = "account_owner";

    public static void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var match = ev.Config.Accounts.Match(ev.Lead.Data);
        var steps = new List<string>();
        var candidates = new List<Candidate>();
        var decision = ev.NewDecision(workflow.Id, "assign", "", "") with { Strategy = Strategy };
        if (match is null)
        {
            steps.Add("no account matches the lead");
        }
        else
        {
            steps.Add($"the lead matches account {match.Account.Id} by {match.By}");
            var visited = new HashSet<string>(StringComparer.Ordinal);
            for (var account = match.Account; account is not null && visited.Add(account.Id); account = ev.Config.Accounts.Find(account.ParentId))
            {
                if (TryOwner(ev, account, steps, candidates) is not { } owner) continue;
                var outcome = ev.Lead.OwnerId == owner ? Outcomes.Kept : Outcomes.Assigned;
                if (outcome == "assigned") Handover.Give(ev, owner, null, workflow.Id, workflow.Workflow.Sla);
                steps.Add(outcome == "kept" ? $"{owner} already owns the lead" : $"assigns {owner}");
                ev.Decisions.Add(decision with { Outcome = outcome, ChosenRepId = owner, Candidates = candidates, Why = Why(workflow, steps) });
                return;
            }
        }
        if (action.FallbackPool is { } poolId && ev.Config.Pools.TryGetValue(poolId, out var pool))
        {
            steps.Add($"routing into fallback pool {poolId}");
            ev.Decisions.Add(decision with { Outcome = Outcomes.Fallback, PoolId = poolId, Candidates = candidates, Why = Why(workflow, steps) });
            PoolRouting.Route(ev, pool, workflow.Id, "assign", workflow.Workflow.Sla);
            return;
        }
        steps.Add("no fallbackPool, so the assign gives no owner");
        ev.Decisions.Add(decision with { Outcome = Outcomes.NotEligible, Candidates = candidates, Why = Why(workflow, steps) });
    }

    /// <summary>The account's owner when eligible; otherwise null, with the step (and the owner as a candidate) recorded.</summary>
    private static string? TryOwner(Evaluation ev, Account account, List<string> steps, List<Candidate> candidates)
    {
        if (account.OwnerId is not { } ownerId || !ev.Config.Reps.TryGetValue(ownerId, out var rep))
        {
            steps.Add(account.OwnerId is null ? $"account {account.Id} has no owner" : $"account {account.Id}'s owner {account.OwnerId} is not a rep");
            return null;
        }
        var reason = EligibilityCheck.FirstFailure(rep, AssignAction.Direct, ev.State.Load(ownerId), ev.Facts, ev.Now, ev.Excluded);
        candidates.Add(new Candidate(ownerId, reason is null, reason));
        if (reason is null)
        {
            steps.Add($"account {account.Id}'s owner {ownerId} is eligible");
            return ownerId;
        }
        steps.Add($"account {account.Id}'s owner {ownerId} is not eligible ({reason})"
            + (account.ParentId is { } parent ? $", trying parent {parent}" : ""));
        return null;
    }

    private static string Why(CompiledWorkflow workflow, List<string> steps) =>
        $"workflow {workflow.Id} assigns the account owner: {string.Join("; ", steps)}";
}
