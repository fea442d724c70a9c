using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint;

/// <summary>A condition held somewhere in the configuration, with its path and the trigger it is evaluated on (null: scoring).</summary>
internal sealed record PlacedCondition(Condition Condition, string Path, string? Trigger);

/// <summary>Walks condition trees the way <see cref="Validation.ConditionValidator"/> names their parts.</summary>
internal static class ConditionWalk
{
    /// <summary>Every condition of the configuration: the workflows' conditions and the scoring model's fit rules.</summary>
    public static IEnumerable<PlacedCondition> All(RoutingConfig config)
    {
        for (var i = 0; i < config.Workflows.Count; i++)
            if (config.Workflows[i].Conditions is { } condition)
                yield return new(condition, $"workflows[{i}].conditions", config.Workflows[i].Trigger?.Type);
        var fit = config.Scoring?.Fit ?? [];
        for (var i = 0; i < fit.Count; i++)
            if (fit[i]?.When is { } when)
                yield return new(when, $"scoring.fit[{i}].when", null);
    }

    /// <summary>Every leaf under <paramref name="condition"/>, with its path.</summary>
    public static IEnumerable<(Condition Leaf, string Path)> Leaves(Condition? condition, string path)
    {
        if (condition is null) yield break;
        if (condition.All is { } all)
        {
            for (var i = 0; i < all.Count; i++)
                foreach (var leaf in Leaves(all[i], $"{path}.all[{i}]")) yield return leaf;
        }
        else if (condition.Any is { } any)
        {
            for (var i = 0; i < any.Count; i++)
                foreach (var leaf in Leaves(any[i], $"{path}.any[{i}]")) yield return leaf;
        }
        else if (condition.Not is { } not)
        {
            foreach (var leaf in Leaves(not, path + ".not")) yield return leaf;
        }
        else if (condition.Field is not null)
        {
            yield return (condition, path);
        }
    }

    /// <summary>
    /// The parts that must all hold for <paramref name="condition"/> to match: the children of an <c>all</c>,
    /// through nested <c>all</c>s; any other node is one part. No condition has no parts (it always matches).
    /// </summary>
    public static IEnumerable<(Condition Part, string Path)> Conjuncts(Condition? condition, string path)
    {
        if (condition is null) yield break;
        if (condition.All is { } all)
        {
            for (var i = 0; i < all.Count; i++)
                foreach (var part in Conjuncts(all[i], $"{path}.all[{i}]")) yield return part;
        }
        else
        {
            yield return (condition, path);
        }
    }
}
