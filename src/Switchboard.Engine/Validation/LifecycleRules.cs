using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>
/// Rules for lead stages (a non-empty list of distinct names that includes New, where leads start) and deal
/// pipelines (at least one; ids as config ids; each with distinct open stages; won and lost are implied).
/// </summary>
internal static class LifecycleRules
{
    public const int MaxStageLength = 64;

    public static void ValidateLeadStages(List<string>? stages, string path, List<ValidationError> errors)
    {
        if (stages is not { Count: > 0 })
        {
            errors.Add(new(path, $"list the lead stages, e.g. {string.Join(", ", LeadStageNames.Default)}"));
            return;
        }
        CheckNames(stages, path, errors);
        if (!stages.Contains(LeadStageNames.New, StringComparer.Ordinal))
            errors.Add(new(path, $"must include {LeadStageNames.New}: new leads start there"));
    }

    public static void ValidatePipeline(Pipeline pipeline, string path, List<ValidationError> errors)
    {
        IdRules.Check(pipeline.Id, path, errors);
        if (pipeline.Stages is not { Count: > 0 })
        {
            errors.Add(new(path + ".stages", "a pipeline needs at least one open stage (won and lost are implied)"));
            return;
        }
        CheckNames(pipeline.Stages, path + ".stages", errors);
        for (var i = 0; i < pipeline.Stages.Count; i++)
            if (pipeline.Stages[i] is { } stage && DealStatus.IsClosing(stage))
                errors.Add(new($"{path}.stages[{i}]", $"\"{stage}\" is implied at the end of every pipeline; list only the open stages"));
    }

    public static void CheckPipelinesPresent(List<Pipeline>? pipelines, string path, List<ValidationError> errors)
    {
        if (pipelines is not { Count: > 0 })
            errors.Add(new(path, "at least one pipeline is needed: the first is where convert puts deals"));
    }

    private static void CheckNames(List<string> names, string path, List<ValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxStageLength || name.Trim() != name)
                errors.Add(new($"{path}[{i}]", $"a stage is 1 to {MaxStageLength} characters without leading or trailing spaces"));
            else if (!seen.Add(name))
                errors.Add(new($"{path}[{i}]", $"duplicate stage \"{name}\""));
        }
    }
}
