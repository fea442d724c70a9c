using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>
/// assign: gives the lead an owner from a pool or a named rep. The first assign of an evaluation
/// that gives an owner wins; on triggers for existing leads only unowned leads are assigned unless
/// "reassign" is set. With "accountOwner": true the owner of the lead's account is assigned (see <see cref="AccountOwnerAssignment"/>).
/// </summary>
internal sealed class AssignAction : IActionType
{
    /// <summary>The eligibility of a named rep (and an account owner): active, not out of office, not excluded.</summary>
    internal static readonly PoolEligibility Direct = new() { RequireAvailable = false, RespectCapacity = false };

    public string Type => "assign";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (action.AccountOwner || action.FallbackPool is not null)
        {
            ValidateAccountOwner(action, path, config, errors);
            return;
        }
        if ((action.Pool is null) == (action.Rep is null))
        {
            errors.Add(new ValidationError(path, "assign needs exactly one of \"pool\", \"rep\" or \"accountOwner\": true"));
            return;
        }
        if (action.Pool is { } pool && config.Pools.All(p => p.Id != pool))
            errors.Add(new ValidationError($"{path}.pool", $"unknown pool '{pool}'"));
        if (action.Rep is { } rep && config.Reps.All(r => r.Id != rep))
            errors.Add(new ValidationError($"{path}.rep", $"unknown rep '{rep}'"));
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var lead = ev.Lead;
        if (ev.AssignedHere || (lead.OwnerId is not null && !action.Reassign))
        {
            ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.AlreadyAssigned,
                $"workflow {workflow.Id}: lead already owned by {lead.OwnerId}; assign skipped", action.Pool, null, lead.OwnerId, []));
            return;
        }
        if (action.AccountOwner)
        {
            AccountOwnerAssignment.Execute(ev, action, workflow);
            return;
        }
        if (action.Pool is { } poolId)
        {
            var pool = ev.Config.Pools[poolId];
            if (lead.OwnerId is { } owner && IsMember(pool, owner) && IsEligible(ev, owner, pool.Eligibility))
            {
                ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.Kept,
                    $"workflow {workflow.Id}: {owner} is an eligible member of pool {poolId} and keeps the lead", poolId, null, owner, []));
                return;
            }
            PoolRouting.Route(ev, pool, workflow.Id, Type, workflow.Workflow.Sla);
            return;
        }
        AssignRep(ev, action.Rep!, workflow);
    }

    private static void ValidateAccountOwner(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (!action.AccountOwner)
            errors.Add(new ValidationError($"{path}.fallbackPool", "fallbackPool applies only with \"accountOwner\": true"));
        else if (action.Pool is not null || action.Rep is not null)
            errors.Add(new ValidationError($"{path}.accountOwner", "accountOwner excludes \"pool\" and \"rep\" (use fallbackPool for leads without an eligible account owner)"));
        if (action.FallbackPool is { } pool && config.Pools.All(p => p.Id != pool))
            errors.Add(new ValidationError($"{path}.fallbackPool", $"unknown pool '{pool}'"));
    }

    private static void AssignRep(Evaluation ev, string repId, CompiledWorkflow workflow)
    {
        var workflowId = workflow.Id;
        var rep = ev.Config.Reps[repId];
        var reason = EligibilityCheck.FirstFailure(rep, Direct, ev.State.Load(repId), ev.Facts, ev.Now, ev.ExcludedReps);
        Candidate[] candidates = [new Candidate(repId, reason is null, reason)];
        if (reason is not null)
        {
            ev.Decisions.Add(ev.NewDecision(workflowId, "assign", Outcomes.NotEligible,
                $"workflow {workflowId} assigns rep {repId}, but {repId} is not eligible ({reason})", null, "direct", null, candidates));
            return;
        }
        if (ev.Lead.OwnerId == repId)
        {
            ev.Decisions.Add(ev.NewDecision(workflowId, "assign", Outcomes.Kept, $"workflow {workflowId}: {repId} already owns the lead", null, "direct", repId, candidates));
            return;
        }
        Handover.Give(ev, repId, null, workflowId, workflow.Workflow.Sla);
        ev.Decisions.Add(ev.NewDecision(workflowId, "assign", Outcomes.Assigned, $"workflow {workflowId} assigns rep {repId}", null, "direct", repId, candidates));
    }

    private static bool IsMember(Pool pool, string repId)
    {
        foreach (var member in pool.Members)
            if (member.RepId == repId) return true;
        return false;
    }

    private static bool IsEligible(Evaluation ev, string repId, PoolEligibility rules) =>
        ev.Config.Reps.TryGetValue(repId, out var rep)
        && EligibilityCheck.FirstFailure(rep, rules with { RespectCapacity = false }, ev.State.Load(repId), ev.Facts, ev.Now, ev.ExcludedReps) is null;
}
