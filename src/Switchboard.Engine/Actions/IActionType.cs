using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>One kind of workflow action: how its parameters are validated and what it does.</summary>
internal interface IActionType
{
    string Type { get; }
    void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors);
    void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow);
}
