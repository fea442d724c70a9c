using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>set_stage: moves the lead to a lead stage (New, Nurturing, MQL, Working, Convert, SQL).</summary>
public sealed class SetStageAction : IActionType
{
    public static readonly string[] DefaultStages = ["New", "Nurturing", "MQL", "Working", "Convert", "SQL"];

    public string Type => "set_stage";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(action.Stage))
            errors.Add(new ValidationError($"{path}.stage", "set_stage needs a stage"));
        else if (!DefaultStages.Contains(action.Stage))
            errors.Add(new ValidationError($"{path}.stage", $"unknown stage '{action.Stage}'; expected one of {string.Join(", ", DefaultStages)}"));
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var from = ev.Lead.Stage;
        ev.Lead.Stage = action.Stage!;
        ev.Facts.Refresh(ev.Lead, "stage");
        var leftNew = from == SlaClock.NewStage && action.Stage != SlaClock.NewStage;
        if (leftNew) SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, "set_stage",
            $"workflow {workflow.Id} moved the stage from {from} to {action.Stage}" + (leftNew ? "; the SLA clock stops" : "")));
    }
}
