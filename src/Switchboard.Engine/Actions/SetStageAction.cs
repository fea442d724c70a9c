using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>
/// set_stage: moves the lead to one of the configured lead stages. It does not fire stage.changed (a stage.changed
/// workflow that sets the stage would otherwise loop).
/// </summary>
internal sealed class SetStageAction : IActionType
{
    public static readonly string[] DefaultStages = LeadStageNames.Default;

    public string Type => "set_stage";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(action.Stage))
            errors.Add(new ValidationError($"{path}.stage", "set_stage needs a stage"));
        else if (!(config.LeadStages ?? []).Contains(action.Stage))
            errors.Add(new ValidationError($"{path}.stage", $"unknown stage '{action.Stage}'; expected one of {string.Join(", ", config.LeadStages ?? [])}"));
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var from = ev.Lead.Stage;
        ev.Lead.Stage = action.Stage!;
        ev.Facts.Refresh(ev.Lead, "stage");
        var leftNew = from == SlaClock.NewStage && action.Stage != SlaClock.NewStage;
        if (leftNew) SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.SetStage,
            $"workflow {workflow.Id} moved the stage from {from} to {action.Stage}" + (leftNew ? "; the SLA clock stops" : "")));
    }
}
