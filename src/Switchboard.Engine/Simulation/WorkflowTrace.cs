using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Simulation;

/// <summary>
/// Records what routing's own walk over a trigger's workflows (<see cref="WorkflowRun"/>) did with each one, so a
/// preview can answer "why not": a workflow that did not match is evaluated again node by node
/// (<see cref="ConditionTrace"/>) on the lead as it was at that point of the walk, also when routing passed over it
/// unevaluated because the lead's values ruled it out (<see cref="Conditions.ConditionScreen"/>). Only traced
/// evaluations pay for this; <see cref="Walks"/> adds the disabled workflows and those after a stopOnMatch.
/// </summary>
public sealed class WorkflowTrace
{
    private readonly List<Walk> _walks = [];

    private sealed class Walk(string trigger)
    {
        public string Trigger { get; } = trigger;
        /// <summary>The workflows met, by their index in the configuration's list.</summary>
        public Dictionary<int, TracedWorkflow> Met { get; } = [];
        public string? StoppedBy { get; set; }
    }

    private Walk Current => _walks[^1];

    internal void Begin(Evaluation ev) => _walks.Add(new Walk(ev.Trigger.Type));

    internal void Matched(CompiledWorkflow workflow) =>
        Current.Met[workflow.Index] = Entry(workflow.Workflow, TraceStatus.Matched);

    internal void NotMatched(CompiledWorkflow workflow, Evaluation ev) =>
        Current.Met[workflow.Index] = Entry(workflow.Workflow, TraceStatus.NotMatched) with
        {
            Failed = WorkflowRun.Fires(workflow, ev) ? FirstFailure(workflow.Workflow, ev.Lead) : TriggerFilter.Failure(workflow.Workflow, ev),
        };

    internal void Stopped(CompiledWorkflow workflow)
    {
        Current.Met[workflow.Index] = Current.Met[workflow.Index] with { StoppedHere = true };
        Current.StoppedBy = workflow.Id;
    }

    /// <summary>
    /// Every walk of this evaluation (the trigger's, then score.crossed's if it ran) with all the workflows of its trigger
    /// in <paramref name="config"/> in evaluation order: those met as recorded, the disabled ones, and those after the
    /// stopOnMatch workflow that ended the walk.
    /// </summary>
    public IReadOnlyList<TriggerTrace> Walks(RoutingConfig config) =>
        [.. _walks.Select(walk => new TriggerTrace(walk.Trigger, [.. config.Workflows
            .Select((workflow, index) => (workflow, index))
            .Where(w => w.workflow.Trigger.Type == walk.Trigger || walk.Met.ContainsKey(w.index))
            .OrderBy(w => w.workflow.Priority).ThenBy(w => w.index)
            .Select(w => walk.Met.GetValueOrDefault(w.index) ?? Unmet(w.workflow, walk))]))];

    private static TracedWorkflow Unmet(Workflow workflow, Walk walk) => workflow.Enabled
        ? Entry(workflow, TraceStatus.NotReached) with
        {
            Failed = new FailedCheck { Path = "stopOnMatch", Text = $"workflow {walk.StoppedBy} matched first and stops the walk (stopOnMatch)" },
        }
        : Entry(workflow, TraceStatus.Disabled);

    private static TracedWorkflow Entry(Workflow workflow, string status) => new()
    {
        WorkflowId = workflow.Id, Name = workflow.Name, Priority = workflow.Priority, Trigger = workflow.Trigger.Type, Status = status,
    };

    /// <summary>The first condition node that did not hold on the lead as it is now, as a check with its one-line text.</summary>
    private static FailedCheck FirstFailure(Workflow workflow, Lead lead)
    {
        var failed = ConditionTrace.Of(workflow.Conditions, lead) is { } trace ? ConditionTrace.FirstFailure(trace) : null;
        if (failed is null) // routing and the trace disagree: never expected, said plainly rather than hidden
            return new FailedCheck { Path = "conditions", Text = "conditions: did not hold when routing evaluated them" };
        var text = failed.Kind == "leaf" ? ConditionText.Failed(failed) : ConditionText.FailedGroup(failed);
        return new FailedCheck
        {
            Path = failed.Path, Field = failed.Field, Op = failed.Op, Value = failed.Value, LeadValues = failed.LeadValues,
            Text = $"{failed.Path}: {text}",
        };
    }
}
