using Switchboard.Engine.Actions;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>Runs the workflows of an evaluation's trigger: priority order, trigger filters, conditions, actions (or their delay), stopOnMatch.</summary>
internal static class WorkflowRun
{
    public static void All(Evaluation ev)
    {
        foreach (var workflow in FormSubmission.Workflows(ev) ?? ev.Config.Workflows(ev.Trigger.Type))
        {
            if (!(workflow.FiresAlways || Fires(workflow, ev)) || !workflow.Condition(ev.Facts)) continue;
            ev.RunningTrigger = workflow.Workflow.Trigger.Type;
            for (var index = 0; index < workflow.Workflow.Actions.Count; index++)
                Action(ev, workflow, index);
            if (workflow.Workflow.StopOnMatch) break;
        }
        ev.RunningTrigger = ev.Trigger.Type;
    }

    /// <summary>Runs one action now, or schedules it when it has a delay.</summary>
    public static void Action(Evaluation ev, CompiledWorkflow workflow, int index)
    {
        var action = workflow.Workflow.Actions[index];
        if (action.Delay is not null) DelayedActions.Schedule(ev, workflow, index);
        else ActionCatalog.Get(action.Type).Execute(ev, action, workflow);
    }

    private static bool Fires(CompiledWorkflow workflow, Evaluation ev)
    {
        var trigger = workflow.Workflow.Trigger;
        return trigger.Type switch
        {
            Triggers.LeadCreated => workflow.NormalizedSource is not { } source || SourceMatches(source, ev.Facts),
            Triggers.LeadUpdated => trigger.Fields is not { Count: > 0 } fields
                || (ev.Trigger.ChangedFields?.Any(fields.Contains) ?? false),
            Triggers.FormSubmitted => trigger.FormId == ev.Trigger.FormId,
            _ => LifecycleTriggers.Fires(trigger, ev),
        };
    }

    private static bool SourceMatches(string normalizedSource, LeadFacts facts) =>
        facts.TryGet("source", out var values) && values.Normalized.Contains(normalizedSource);
}
