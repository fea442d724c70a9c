using Switchboard.Engine.Actions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for one workflow: id, trigger type, conditions, a non-empty list of valid actions, sla.</summary>
internal static class WorkflowRules
{
    public static void Validate(Workflow workflow, string path, ConfigIndex context, List<ValidationError> errors)
    {
        IdRules.Check(workflow.Id, path, errors);
        TriggerRules.Validate(workflow.Trigger, path + ".trigger", context, errors);
        FormRules.CheckTrigger(workflow.Trigger, path + ".trigger", context, errors);
        if (workflow.Conditions is { } conditions)
            ConditionValidator.Validate(conditions, path + ".conditions", errors);
        CheckActions(workflow.Actions, path + ".actions", context, errors);
        if (workflow.Sla is { } sla) SlaRules.Validate(sla, path + ".sla", errors);
    }

    private static void CheckActions(List<WorkflowAction>? actions, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (actions is not { Count: > 0 })
        {
            errors.Add(new(path, "a workflow needs at least one action"));
            return;
        }
        for (var i = 0; i < actions.Count; i++)
        {
            var actionPath = $"{path}[{i}]";
            if (actions[i] is { } action)
                ActionRules.Validate(action, actionPath, context.Config, errors);
            else
                errors.Add(new(actionPath, "must be an action object, not null"));
        }
    }
}
