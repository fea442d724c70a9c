using Switchboard.Engine.Conditions;

namespace Switchboard.Engine.Workflows;

/// <summary>The workflows one evaluation walks, in order, with the screen that rules out those the lead's values make false.</summary>
internal sealed class WorkflowSequence
{
    public static readonly WorkflowSequence Empty = new([], new FieldTable());

    /// <param name="fields">The configuration's field numbering, which the screened fields join.</param>
    public WorkflowSequence(CompiledWorkflow[] workflows, FieldTable fields)
    {
        Workflows = workflows;
        Screen = workflows.Length == 0 ? ConditionScreen.Empty : ConditionScreen.Build([.. workflows.Select(w => w.Workflow.Conditions)], fields);
    }

    public CompiledWorkflow[] Workflows { get; }
    public ConditionScreen Screen { get; }
}
