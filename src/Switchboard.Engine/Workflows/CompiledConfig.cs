using Switchboard.Engine.Accounts;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Scoring;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// A validated configuration compiled once per version: condition delegates, rep calendars,
/// workflows grouped by trigger in evaluation order, and the caches that go with them (<see cref="Fields"/>,
/// the compiled pools). Shared by all decisions; nothing in it outlives the version.
/// </summary>
public sealed class CompiledConfig
{
    private readonly Dictionary<string, WorkflowSequence> _byTrigger;

    private CompiledConfig(RoutingConfig source, Dictionary<string, WorkflowSequence> byTrigger, FieldTable fields)
    {
        Source = source;
        _byTrigger = byTrigger;
        Fields = fields;
        var forms = Workflows(Triggers.FormSubmitted);
        var created = Sequence(Triggers.LeadCreated);
        FormLeadCreated = forms.Length == 0
            ? created
            : new WorkflowSequence([.. created.Workflows.Concat(forms).OrderBy(w => w.Workflow.Priority).ThenBy(w => w.Index)], fields);
        Reps = source.Reps.ToDictionary(r => r.Id, CompiledRep.Compile, StringComparer.Ordinal);
        Pools = source.Pools.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _compiledPools = source.Pools.ToDictionary(p => p.Id, p => CompiledPool.Compile(p, Reps, fields), StringComparer.Ordinal);
        Scoring = CompiledScoring.Compile(source.Scoring, fields);
        LeadStages = source.LeadStages is { Count: > 0 } stages ? [.. stages] : [.. LeadStageNames.Default];
        var pipelines = source.Pipelines is { Count: > 0 } configured ? configured : [Pipeline.Default()];
        Pipelines = pipelines.ToDictionary(p => p.Id, StringComparer.Ordinal);
        DefaultPipeline = pipelines[0];
        Accounts = source.Accounts is { Count: > 0 } accounts ? AccountIndex.Compile(accounts) : AccountIndex.Empty;
    }

    private readonly Dictionary<string, CompiledPool> _compiledPools;

    public RoutingConfig Source { get; }
    /// <summary>The fields this configuration's rules read, numbered, each with its cache of repeated values.</summary>
    internal FieldTable Fields { get; }
    public int Version => Source.Version;
    public IReadOnlyDictionary<string, CompiledRep> Reps { get; }
    public IReadOnlyDictionary<string, Pool> Pools { get; }
    /// <summary>The scoring model; null when the configuration has none.</summary>
    public CompiledScoring? Scoring { get; }
    /// <summary>The configured lead stages in funnel order.</summary>
    public IReadOnlyList<string> LeadStages { get; }
    public IReadOnlyDictionary<string, Pipeline> Pipelines { get; }
    /// <summary>The first configured pipeline: where convert puts a deal unless told otherwise.</summary>
    public Pipeline DefaultPipeline { get; }
    /// <summary>The accounts, indexed for matching leads (domains, company names).</summary>
    internal AccountIndex Accounts { get; }
    /// <summary>
    /// The server's public address (<c>https://switchboard.example.com</c>, no trailing slash) that links in messages
    /// start with; empty unless given with <see cref="WithPublicUrl"/>.
    /// </summary>
    public string PublicUrl { get; private set; } = "";

    /// <summary>This configuration with links built from <paramref name="publicUrl"/> (itself when it already is).</summary>
    public CompiledConfig WithPublicUrl(string publicUrl)
    {
        var url = publicUrl.TrimEnd('/');
        if (url == PublicUrl) return this;
        var linked = (CompiledConfig)MemberwiseClone();
        linked.PublicUrl = url;
        return linked;
    }

    /// <summary>Enabled workflows of a trigger type, ascending priority, ties in creation (list) order.</summary>
    internal IReadOnlyList<CompiledWorkflow> For(string triggerType) => Workflows(triggerType);

    /// <summary>The compiled form of one of this configuration's pools; null for a pool object from elsewhere.</summary>
    internal CompiledPool? Compiled(Pool pool) =>
        _compiledPools.TryGetValue(pool.Id, out var compiled) && ReferenceEquals(compiled.Pool, pool) ? compiled : null;

    internal CompiledWorkflow[] Workflows(string triggerType) => Sequence(triggerType).Workflows;

    internal WorkflowSequence Sequence(string triggerType) =>
        _byTrigger.TryGetValue(triggerType, out var sequence) ? sequence : WorkflowSequence.Empty;

    /// <summary>A web form's lead.created evaluation: the lead.created and form.submitted workflows merged in ascending priority (ties: creation order).</summary>
    internal WorkflowSequence FormLeadCreated { get; }

    /// <summary>Compiles a configuration that passed <see cref="Validation.ConfigValidator"/>.</summary>
    public static CompiledConfig Compile(RoutingConfig config)
    {
        var fields = new FieldTable();
        var byTrigger = config.Workflows
            .Select((w, index) => new CompiledWorkflow(
                w, index, ConditionCompiler.Compile(w.Conditions, fields), fields.Key(CompiledWorkflow.SourceField)))
            .Where(w => w.Workflow.Enabled)
            .GroupBy(w => w.Workflow.Trigger.Type, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new WorkflowSequence([.. g.OrderBy(w => w.Workflow.Priority).ThenBy(w => w.Index)], fields),
                StringComparer.Ordinal);
        return new CompiledConfig(config, byTrigger, fields);
    }
}

/// <param name="Source">The lead field a lead.created trigger's source is matched against, in the configuration's numbering.</param>
internal sealed record CompiledWorkflow(Workflow Workflow, int Index, CompiledCondition Condition, FieldKey Source)
{
    public const string SourceField = "source";

    public string Id => Workflow.Id;

    /// <summary>The lead.created trigger's source in matching form (null when it names none).</summary>
    public string? NormalizedSource { get; } = Workflow.Trigger.Source is { } source ? TextNormalizer.Normalize(source) : null;

    /// <summary>True when the trigger fires on every event of its type: no source (lead.created), fields (lead.updated) or formId (form.submitted) filter.</summary>
    public bool FiresAlways { get; } = Workflow.Trigger.Type switch
    {
        Triggers.LeadCreated => Workflow.Trigger.Source is null,
        Triggers.LeadUpdated => Workflow.Trigger.Fields is not { Count: > 0 },
        Triggers.FormSubmitted => Workflow.Trigger.FormId is null,
        _ => LifecycleTriggers.FiresAlways(Workflow.Trigger),
    };
}
