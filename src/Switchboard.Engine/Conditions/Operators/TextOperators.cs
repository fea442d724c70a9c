using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>
/// contains / not_contains, starts_with, ends_with: ordinal comparison of the normalised (NFKC + case
/// folded) field value with the normalised operand, so "１００-９９９人" contains "100-999人".
/// </summary>
internal static class TextOperators
{
    public static void Check(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is not { } element)
            errors.Add(new(path, "value is required: a string or number"));
        else if (!Operand.TryRead(element, allowBoolean: false, out var operand))
            errors.Add(new(path, $"value must be a string or number (got {Operand.KindName(element)})"));
        else if (operand.IsBlank)
            errors.Add(new(path, "value must not be empty; use exists / not_exists to test whether a field is set"));
    }

    public static ValueTest BuildContains(JsonElement? value)
    {
        var text = Read(value);
        return (facts, i) => facts.Normalized[i].Contains(text, StringComparison.Ordinal);
    }

    public static ValueTest BuildStartsWith(JsonElement? value)
    {
        var text = Read(value);
        return (facts, i) => facts.Normalized[i].StartsWith(text, StringComparison.Ordinal);
    }

    public static ValueTest BuildEndsWith(JsonElement? value)
    {
        var text = Read(value);
        return (facts, i) => facts.Normalized[i].EndsWith(text, StringComparison.Ordinal);
    }

    private static string Read(JsonElement? value) =>
        Operand.TryRead(value!.Value, allowBoolean: false, out var operand)
            ? operand.Normalized
            : throw new ArgumentException($"not a string or number: {value.Value.GetRawText()}");
}
