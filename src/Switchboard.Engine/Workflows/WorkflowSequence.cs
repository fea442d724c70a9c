using Switchboard.Engine.Conditions;

namespace Switchboard.Engine.Workflows;

/// <summary>The workflows one evaluation walks, in order, with the screen that rules out those the lead's values make false.</summary>
internal sealed class WorkflowSequence
{
    public static readonly WorkflowSequence Empty = new([]);

    public WorkflowSequence(CompiledWorkflow[] workflows)
    {
        Workflows = workflows;
        Screen = workflows.Length == 0 ? ConditionScreen.Empty : ConditionScreen.Build([.. workflows.Select(w => w.Workflow.Conditions)]);
    }

    public CompiledWorkflow[] Workflows { get; }
    public ConditionScreen Screen { get; }
}
