namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// unknown-field (error): a condition on a name that is neither a standard lead field, nor a system field routing
/// matches, nor "fields.X", nor a fact its trigger sets. Such a condition never matches (the reported
/// <c>regoin</c>); the finding names the closest field ("did you mean region?").
/// </summary>
internal sealed class UnknownFieldRule : ILintRule
{
    public const string Code = "unknown-field";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var placed in ConditionWalk.All(context.Config))
            foreach (var (leaf, path) in ConditionWalk.Leaves(placed.Condition, placed.Path))
                if (leaf.Field is { } field && !FieldNames.IsKnown(field, placed.Trigger))
                    yield return Finding(field, path + ".field", placed.Trigger, context.Facts);
    }

    private static LintFinding Finding(string field, string path, string? trigger, LintFacts facts)
    {
        if (FieldNames.Unmatched.Contains(field, StringComparer.Ordinal))
            return LintFinding.Error(Code, path,
                $"conditions cannot read \"{field}\": they read the lead's fields, fields.X and {string.Join(", ", Conditions.FieldKey.SystemFields)}");
        if (FieldNames.TriggerSetting(field) is { } setter)
            return LintFinding.Error(Code, path,
                $"\"{field}\" has a value only in {setter} workflows; in {trigger ?? "scoring"} it never has one, so this condition never matches");
        var closest = facts.CustomFieldsSeen.Contains(field)
            ? FieldNames.CustomPrefix + field
            : Closest.To(field, FieldNames.Known(trigger))
                .Concat(Closest.To(field, facts.CustomFieldsSeen).Select(name => FieldNames.CustomPrefix + name)).FirstOrDefault();
        var hint = closest is null ? $"; a custom field is written \"fields.{field}\"" : $"; did you mean {closest}?";
        return LintFinding.Error(Code, path,
            $"unknown field \"{field}\": not a standard lead field, a system field or fields.X, so this condition never matches{hint}", closest);
    }
}
