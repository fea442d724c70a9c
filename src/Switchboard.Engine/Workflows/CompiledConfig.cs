using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// A validated configuration compiled once per version: condition delegates, rep calendars,
/// workflows grouped by trigger in evaluation order. Immutable and shared by all decisions.
/// </summary>
public sealed class CompiledConfig
{
    private static readonly IReadOnlyList<CompiledWorkflow> None = [];
    private readonly Dictionary<string, IReadOnlyList<CompiledWorkflow>> _byTrigger;

    private CompiledConfig(RoutingConfig source, Dictionary<string, IReadOnlyList<CompiledWorkflow>> byTrigger)
    {
        Source = source;
        _byTrigger = byTrigger;
        Reps = source.Reps.ToDictionary(r => r.Id, CompiledRep.Compile, StringComparer.Ordinal);
        Pools = source.Pools.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public RoutingConfig Source { get; }
    public int Version => Source.Version;
    public IReadOnlyDictionary<string, CompiledRep> Reps { get; }
    public IReadOnlyDictionary<string, Pool> Pools { get; }

    /// <summary>Enabled workflows of a trigger type, ascending priority, ties in creation (list) order.</summary>
    public IReadOnlyList<CompiledWorkflow> For(string triggerType) =>
        _byTrigger.TryGetValue(triggerType, out var list) ? list : None;

    /// <summary>Compiles a configuration that passed <see cref="Validation.ConfigValidator"/>.</summary>
    public static CompiledConfig Compile(RoutingConfig config)
    {
        var byTrigger = config.Workflows
            .Select((w, index) => new CompiledWorkflow(w, index, ConditionCompiler.Compile(w.Conditions)))
            .Where(w => w.Workflow.Enabled)
            .GroupBy(w => w.Workflow.Trigger.Type, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<CompiledWorkflow>)[.. g.OrderBy(w => w.Workflow.Priority).ThenBy(w => w.Index)],
                StringComparer.Ordinal);
        return new CompiledConfig(config, byTrigger);
    }
}

public sealed record CompiledWorkflow(Workflow Workflow, int Index, CompiledCondition Condition)
{
    public string Id => Workflow.Id;
}
