using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>
/// Rules for the scoring section: fit rules (a valid condition, if any), event types and their points and caps,
/// halfLife, grades (at least one; names and minimums unique).
/// </summary>
internal static class ScoringRules
{
    public static void Validate(ScoringModel scoring, string path, List<ValidationError> errors)
    {
        var fit = scoring.Fit ?? [];
        for (var i = 0; i < fit.Count; i++)
        {
            if (fit[i] is not { } rule) errors.Add(new($"{path}.fit[{i}]", "must be an object with when and points"));
            else if (rule.When is { } when) ConditionValidator.Validate(when, $"{path}.fit[{i}].when", errors);
        }
        foreach (var (type, points) in scoring.Events ?? [])
        {
            var typePath = $"{path}.events.{type}";
            if (!EventTypes.IsValid(type)) errors.Add(new(typePath, $"\"{type}\" is not {EventTypes.Hint}"));
            if (points is null) errors.Add(new(typePath, "must be an object with points and an optional max"));
            else if (points.Max < 0) errors.Add(new(typePath + ".max", $"must be 0 or more (got {points.Max})"));
        }
        if (scoring.HalfLife is { } halfLife && !IsoDuration.TryParse(halfLife, out _))
            errors.Add(new(path + ".halfLife", $"\"{halfLife}\" is not {IsoDuration.Hint}"));
        CheckGrades(scoring.Grades, path + ".grades", errors);
    }

    private static void CheckGrades(List<GradeBand>? grades, string path, List<ValidationError> errors)
    {
        if (grades is not { Count: > 0 })
        {
            errors.Add(new(path, "list at least one grade, e.g. {\"name\":\"cold\",\"min\":0}"));
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        var minimums = new HashSet<int>();
        for (var i = 0; i < grades.Count; i++)
        {
            if (grades[i] is not { } grade)
            {
                errors.Add(new($"{path}[{i}]", "must be an object with name and min"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(grade.Name)) errors.Add(new($"{path}[{i}].name", "name is required"));
            else if (!names.Add(grade.Name)) errors.Add(new($"{path}[{i}].name", $"duplicate grade \"{grade.Name}\""));
            if (!minimums.Add(grade.Min)) errors.Add(new($"{path}[{i}].min", $"another grade already starts at {grade.Min}"));
        }
    }
}
