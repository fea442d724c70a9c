using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint;

/// <summary>A configuration under lint, the facts about stored data, the current instant, and indexes the rules share.</summary>
internal sealed class LintContext
{
    public LintContext(RoutingConfig config, LintFacts facts, Instant now)
    {
        Config = config;
        Facts = facts;
        Now = now;
        Workflows = [.. config.Workflows.Select((workflow, index) => new PlacedWorkflow(workflow, $"workflows[{index}]", index))
            .OrderBy(w => w.Workflow.Priority).ThenBy(w => w.Index)];
        Pools = config.Pools.DistinctBy(p => p.Id).ToDictionary(p => p.Id, StringComparer.Ordinal);
        Reps = config.Reps.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public RoutingConfig Config { get; }
    public LintFacts Facts { get; }
    public Instant Now { get; }
    /// <summary>Every workflow in evaluation order: ascending priority, ties in document order.</summary>
    public IReadOnlyList<PlacedWorkflow> Workflows { get; }
    public IReadOnlyDictionary<string, Pool> Pools { get; }
    public IReadOnlyDictionary<string, Rep> Reps { get; }

    public string PoolPath(Pool pool) => $"pools[{Config.Pools.IndexOf(pool)}]";

    /// <summary>The pool's members that name an active rep.</summary>
    public IEnumerable<Rep> ActiveMembers(Pool pool) =>
        pool.Members.Select(m => Reps.GetValueOrDefault(m.RepId)).OfType<Rep>().Where(r => r.Active).DistinctBy(r => r.Id);
}

/// <summary>A workflow with its place in the document (<c>workflows[3]</c>).</summary>
internal sealed record PlacedWorkflow(Workflow Workflow, string Path, int Index);
