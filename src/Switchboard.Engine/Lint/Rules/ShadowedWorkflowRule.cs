using System.Text.Json;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// shadowed-workflow (warning): an enabled workflow that never runs because an earlier enabled <c>stopOnMatch</c>
/// workflow on the same trigger (with the same filters, or none) matches every lead it matches: the earlier one has
/// no conditions, or the parts it requires are a subset of the parts this one requires (the parts of an <c>all</c>,
/// compared as written).
/// </summary>
internal sealed class ShadowedWorkflowRule : ILintRule
{
    public const string Code = "shadowed-workflow";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var enabled = context.Workflows.Where(w => w.Workflow.Enabled).Select(w => new Requirements(w)).ToList();
        for (var i = 0; i < enabled.Count; i++)
        {
            var later = enabled[i];
            if (enabled.Take(i).FirstOrDefault(earlier => earlier.Covers(later))?.Placed is not { } shadow) continue;
            var how = shadow.Workflow.Conditions is null ? "has no conditions" : "requires only conditions this one also requires";
            yield return LintFinding.Warning(Code, later.Placed.Path,
                $"this workflow never runs: {shadow.Path} (\"{shadow.Workflow.Name}\") comes first on {shadow.Workflow.Trigger.Type}, stops on match and {how}",
                $"give it a lower priority than {shadow.Workflow.Priority}, or turn off stopOnMatch of {shadow.Path}");
        }
    }

    /// <summary>A workflow's trigger and the parts its conditions require, written as JSON once (not once per pair compared).</summary>
    private sealed class Requirements(PlacedWorkflow placed)
    {
        private static readonly string Unfiltered = Json(new Trigger { Type = "" });

        private readonly string _trigger = Json(placed.Workflow.Trigger);
        private readonly bool _filtered = Json(placed.Workflow.Trigger with { Type = "" }) != Unfiltered;
        private readonly HashSet<string> _parts = [.. ConditionWalk.Conjuncts(placed.Workflow.Conditions, "").Select(part => Json(part.Part))];

        public PlacedWorkflow Placed { get; } = placed;

        /// <summary>
        /// True when this (earlier) workflow stops on match and matches every lead (and trigger) <paramref name="later"/> runs
        /// for: the same trigger with the same filters or none, and a subset of its required parts.
        /// </summary>
        public bool Covers(Requirements later) =>
            Placed.Workflow.StopOnMatch
            && Placed.Workflow.Trigger.Type == later.Placed.Workflow.Trigger.Type
            && (!_filtered || _trigger == later._trigger)
            && _parts.IsSubsetOf(later._parts);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, EngineJson.Options);
}
