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
        var enabled = context.Workflows.Where(w => w.Workflow.Enabled).ToList();
        for (var i = 0; i < enabled.Count; i++)
        {
            var later = enabled[i];
            var shadow = enabled.Take(i).FirstOrDefault(earlier => earlier.Workflow.StopOnMatch && Covers(earlier.Workflow, later.Workflow));
            if (shadow is null) continue;
            var how = shadow.Workflow.Conditions is null ? "has no conditions" : "requires only conditions this one also requires";
            yield return LintFinding.Warning(Code, later.Path,
                $"this workflow never runs: {shadow.Path} (\"{shadow.Workflow.Name}\") comes first on {shadow.Workflow.Trigger.Type}, stops on match and {how}",
                $"give it a lower priority than {shadow.Workflow.Priority}, or turn off stopOnMatch of {shadow.Path}");
        }
    }

    /// <summary>True when every lead (and trigger) that <paramref name="later"/> runs for, <paramref name="earlier"/> matches too.</summary>
    private static bool Covers(Workflow earlier, Workflow later)
    {
        if (!Broader(earlier.Trigger, later.Trigger)) return false;
        var required = Parts(later.Conditions);
        return Parts(earlier.Conditions).All(required.Contains);
    }

    private static bool Broader(Trigger earlier, Trigger later) =>
        earlier.Type == later.Type
        && (Json(earlier with { Type = "" }) == Json(new Trigger { Type = "" }) || Json(earlier) == Json(later));

    private static HashSet<string> Parts(Condition? condition) =>
        [.. ConditionWalk.Conjuncts(condition, "").Select(part => Json(part.Part))];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, EngineJson.Options);
}
