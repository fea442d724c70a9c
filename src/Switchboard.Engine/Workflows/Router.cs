using NodaTime;
using Switchboard.Engine.Actions;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Runs the workflows of one trigger on one lead, in priority order, and returns the decisions.
/// Changes the lead and the routing state in memory; the caller persists both in one transaction.
/// </summary>
public static class Router
{
    public static IReadOnlyList<Decision> Run(CompiledConfig config, RoutingState state, Lead lead, TriggerEvent trigger, Instant now)
    {
        var ev = new Evaluation(config, state, lead, trigger, now);
        lead.ConfigVersion = config.Version;
        foreach (var workflow in config.Workflows(trigger.Type))
        {
            if (!(workflow.FiresAlways || Fires(workflow, ev)) || !workflow.Condition(ev.Facts)) continue;
            foreach (var action in workflow.Workflow.Actions)
                ActionCatalog.Get(action.Type).Execute(ev, action, workflow);
            if (workflow.Workflow.StopOnMatch) break;
        }
        if (trigger.Type == Triggers.LeadCreated && lead.OwnerId is null && !ev.Parked)
            Fallback(ev);
        return ev.Decisions;
    }

    /// <summary>A manager's manual assignment: any active rep, recorded with its eligibility for the record.</summary>
    public static Decision AssignManually(CompiledConfig config, RoutingState state, Lead lead, string repId, string? actor, Instant now)
    {
        var rep = config.Reps[repId];
        var facts = LeadFacts.From(lead);
        var reason = EligibilityCheck.FirstFailure(rep, new PoolEligibility { RequireAvailable = true, RespectCapacity = true }, state.Load(repId), facts, now, []);
        var previous = lead.OwnerId;
        Ownership.Assign(config, state, lead, repId, now);
        lead.ConfigVersion = config.Version;
        var by = actor is null ? "" : $" by {actor}";
        return new Decision
        {
            At = now, Trigger = Triggers.Manual, Action = "assign", Strategy = "manual", ConfigVersion = config.Version,
            ChosenRepId = repId, Outcome = "assigned",
            Why = previous is null ? $"manual assignment to {repId}{by}" : $"manual reassignment from {previous} to {repId}{by}",
            Candidates = [new Candidate(repId, reason is null, reason)],
        };
    }

    private static bool Fires(CompiledWorkflow workflow, Evaluation ev)
    {
        var trigger = workflow.Workflow.Trigger;
        return trigger.Type switch
        {
            Triggers.LeadCreated => workflow.NormalizedSource is not { } source || SourceMatches(source, ev.Facts),
            Triggers.LeadUpdated => trigger.Fields is not { Count: > 0 } fields
                || (ev.Trigger.ChangedFields?.Any(fields.Contains) ?? false),
            _ => true,
        };
    }

    private static bool SourceMatches(string normalizedSource, LeadFacts facts) =>
        facts.TryGet("source", out var values) && values.Normalized.Contains(normalizedSource);

    private static void Fallback(Evaluation ev)
    {
        if (ev.Config.Source.Settings.FallbackPool is { } poolId && ev.Config.Pools.TryGetValue(poolId, out var pool))
        {
            PoolRouting.Route(ev, pool, null, "fallback");
            return;
        }
        if (ev.Decisions.Count == 0 || ev.Decisions[^1].Outcome is not "unassigned")
            ev.Decisions.Add(ev.NewDecision(null, "fallback", "unassigned",
                "no workflow assigned the lead and no fallback pool is set; it waits in the unassigned queue"));
    }
}
