using Switchboard.Engine.Conditions;
using Switchboard.Engine.Conditions.Operators;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Validation;

/// <summary>
/// Checks a condition tree when it is saved: each node is exactly one of all / any / not / leaf,
/// lists are non-empty, leaves name a field and a known operator with a value of the right type,
/// regexes compile. Errors carry paths such as <c>conditions.all[2].op</c>.
/// </summary>
internal static class ConditionValidator
{
    private const string CustomPrefix = "fields.";

    public static void Validate(Condition condition, string path, List<ValidationError> errors)
    {
        var isLeaf = condition.Field is not null || condition.Op is not null || Operand.Present(condition.Value) is not null;
        var shapes = new List<string>(4);
        if (condition.All is not null) shapes.Add("all");
        if (condition.Any is not null) shapes.Add("any");
        if (condition.Not is not null) shapes.Add("not");
        if (isLeaf) shapes.Add("a leaf (field, op, value)");

        if (shapes.Count == 0)
        {
            errors.Add(new(path, "a condition needs one of all, any, not, or a leaf (field, op, value)"));
            return;
        }
        if (shapes.Count > 1)
        {
            errors.Add(new(path, $"a condition must be exactly one of all, any, not or a leaf; found {string.Join(" and ", shapes)}"));
            return;
        }

        if (condition.All is { } all) ValidateList(all, path + ".all", errors);
        else if (condition.Any is { } any) ValidateList(any, path + ".any", errors);
        else if (condition.Not is { } not) Validate(not, path + ".not", errors);
        else ValidateLeaf(condition, path, errors);
    }

    private static void ValidateList(List<Condition> children, string path, List<ValidationError> errors)
    {
        if (children.Count == 0)
        {
            errors.Add(new(path, "must list at least one condition"));
            return;
        }
        for (var i = 0; i < children.Count; i++)
        {
            var childPath = $"{path}[{i}]";
            if (children[i] is { } child) Validate(child, childPath, errors);
            else errors.Add(new(childPath, "must be a condition object, not null"));
        }
    }

    private static void ValidateLeaf(Condition leaf, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(leaf.Field))
            errors.Add(new(path + ".field", "field is required"));
        else if (leaf.Field.StartsWith(CustomPrefix, StringComparison.Ordinal) && leaf.Field.Length == CustomPrefix.Length)
            errors.Add(new(path + ".field", "a custom field needs a name after \"fields.\""));

        var known = string.Join(", ", Registered.Operators.Names);
        if (string.IsNullOrEmpty(leaf.Op))
            errors.Add(new(path + ".op", $"op is required; known operators: {known}"));
        else if (!Registered.Operators.TryGet(leaf.Op, out var op))
            errors.Add(new(path + ".op", $"unknown operator \"{leaf.Op}\"; known operators: {known}"));
        else
            op.Check(leaf.Value, path + ".value", errors);
    }
}
