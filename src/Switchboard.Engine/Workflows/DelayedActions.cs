using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Actions;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Actions with "delay": scheduled as an "action" timer {workflowId, actionIndex, trigger} and run when it fires,
/// against the configuration of that moment. The workflow's conditions are not checked again. A delayed
/// assign of an unowned lead keeps the lead out of fallback routing until it runs.
/// </summary>
internal static class DelayedActions
{
    private const string AssignType = "assign";

    public static void Schedule(Evaluation ev, CompiledWorkflow workflow, int index)
    {
        var action = workflow.Workflow.Actions[index];
        var due = ev.Now + IsoDuration.Parse(action.Delay);
        var payload = new JsonObject { ["workflowId"] = workflow.Id, ["actionIndex"] = index, ["trigger"] = ev.RunningTrigger };
        ev.Effects.Timers.Add(new TimerRequest(TimerKinds.Action, due, ev.Lead.Id, payload));
        // A delayed assign is the lead's routing: fallback must not assign it meanwhile.
        var waits = action.Type == AssignType && ev.Lead.OwnerId is null;
        if (waits) ev.Parked = true;
        ev.Decisions.Add(ev.NewDecision(workflow.Id, action.Type, Outcomes.Scheduled,
            $"workflow {workflow.Id}: {action.Type} (action {index}) delayed by {action.Delay}; runs at {InstantPattern.ExtendedIso.Format(due)}"
            + (waits ? "; the lead waits for it unassigned" : "")));
    }

    public static Evaluation Run(CompiledConfig config, RoutingState state, Lead lead, string workflowId, int actionIndex, string trigger, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(trigger), now);
        var workflow = config.For(trigger).FirstOrDefault(w => w.Id == workflowId);
        if (workflow is null)
        {
            ev.Decisions.Add(ev.NewDecision(workflowId, "delayed_action", Outcomes.Skipped,
                $"workflow {workflowId} no longer exists or is disabled for trigger {trigger}; delayed action {actionIndex} skipped"));
            return ev;
        }
        var actions = workflow.Workflow.Actions;
        if (actionIndex < 0 || actionIndex >= actions.Count || actions[actionIndex].Delay is null)
        {
            ev.Decisions.Add(ev.NewDecision(workflowId, "delayed_action", Outcomes.Skipped,
                $"workflow {workflowId} no longer has a delayed action at position {actionIndex} (config version {config.Version}); skipped"));
            return ev;
        }
        var action = actions[actionIndex];
        Registered.Actions.Get(action.Type).Execute(ev, action, workflow);
        return ev;
    }
}
