using Switchboard.Engine.Actions;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Runs the workflows of an evaluation's trigger: priority order, trigger filters, conditions, actions (or their
/// delay), stopOnMatch. Workflows the lead's field values rule out (<see cref="ConditionScreen"/>) are passed over
/// without evaluating their conditions.
/// </summary>
internal static class WorkflowRun
{
    public static void All(Evaluation ev)
    {
        var sequence = FormSubmission.Workflows(ev) ?? ev.Config.Sequence(ev.Trigger.Type);
        var workflows = sequence.Workflows;
        var screen = sequence.Screen;
        Span<ulong> ruledOut = screen.Words <= 16 ? stackalloc ulong[screen.Words] : new ulong[screen.Words];
        var screened = -1; // the facts' change count the mask was made at
        var trace = ev.Trace;
        trace?.Begin(ev);
        for (var i = 0; i < workflows.Length; i++)
        {
            if (ev.Facts.Changes != screened)
            {
                // First, and again after an action changed a field: conditions read the facts as they are now.
                ruledOut.Clear();
                screen.RuleOut(ev.Facts, ruledOut);
                screened = ev.Facts.Changes;
            }
            var workflow = workflows[i];
            if (ConditionScreen.IsRuledOut(ruledOut, i) || !(workflow.FiresAlways || Fires(workflow, ev)) || !workflow.Condition(ev.Facts))
            {
                trace?.NotMatched(workflow, ev);
                continue;
            }
            trace?.Matched(workflow);
            ev.RunningTrigger = workflow.Workflow.Trigger.Type;
            if (!ev.ConditionsOnly)
                for (var index = 0; index < workflow.Workflow.Actions.Count; index++)
                    Action(ev, workflow, index);
            if (!workflow.Workflow.StopOnMatch) continue;
            trace?.Stopped(workflow);
            break;
        }
        ev.RunningTrigger = ev.Trigger.Type;
    }

    /// <summary>Runs one action now, or schedules it when it has a delay.</summary>
    public static void Action(Evaluation ev, CompiledWorkflow workflow, int index)
    {
        var action = workflow.Workflow.Actions[index];
        if (action.Delay is not null) DelayedActions.Schedule(ev, workflow, index);
        else Registered.Actions.Get(action.Type).Execute(ev, action, workflow);
    }

    /// <summary>True when the workflow's trigger filter (source, fields, formId…) fires for the evaluation's event.</summary>
    internal static bool Fires(CompiledWorkflow workflow, Evaluation ev)
    {
        var trigger = workflow.Workflow.Trigger;
        return trigger.Type switch
        {
            Triggers.LeadCreated => workflow.NormalizedSource is not { } source || SourceMatches(workflow.Source, source, ev.Facts),
            Triggers.LeadUpdated => trigger.Fields is not { Count: > 0 } fields
                || (ev.Trigger.ChangedFields?.Any(fields.Contains) ?? false),
            Triggers.FormSubmitted => trigger.FormId == ev.Trigger.FormId,
            _ => LifecycleTriggers.Fires(trigger, ev),
        };
    }

    private static bool SourceMatches(FieldKey field, string normalizedSource, LeadFacts facts) =>
        facts.TryGet(field, out var values) && values.Normalized.Contains(normalizedSource);
}
