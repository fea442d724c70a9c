using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>Adds the lead to, or removes it from, a configured list or campaign (a <see cref="MembershipChange"/>).</summary>
internal abstract class MembershipAction(string type, string kind, bool add) : IActionType
{
    public string Type => type;

    /// <summary>The target id parameter ("list" or "campaign") of the action.</summary>
    protected abstract string? Target(WorkflowAction action);

    protected abstract bool Exists(RoutingConfig config, string id);

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        var target = Target(action);
        if (!ActionFields.Required(target, $"{path}.{kind}", $"{type} needs a {kind} id", errors)) return;
        if (!Exists(config, target!))
            errors.Add(new($"{path}.{kind}", $"unknown {kind} \"{target}\""));
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var target = Target(action)!;
        ev.Effects.Memberships.Add(new MembershipChange(kind, target, ev.Lead.Id, add));
        var outcome = add ? Outcomes.AddedTo(kind) : Outcomes.RemovedFrom(kind);
        var what = add ? $"added the lead to {kind} {target}" : $"removed the lead from {kind} {target}";
        ev.Decisions.Add(ev.NewDecision(workflow.Id, type, outcome, $"workflow {workflow.Id} {what}"));
    }
}
