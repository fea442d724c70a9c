using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>
/// gt, gte, lt, lte and between (inclusive [lo, hi]). Operands are numbers or numeric strings; a field
/// value takes part when it is a number or a numeric string after NFKC ("１，０００" does not parse,
/// "１０００" does). A value that is not numeric is no match, never an error.
/// </summary>
internal static class NumericOperators
{
    public static void CheckNumber(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is not { } element)
            errors.Add(new(path, "value is required: a number or numeric string"));
        else if (!Operand.TryReadNumber(element, out _))
            errors.Add(new(path, $"value must be a number or numeric string (got {Describe(element)})"));
    }

    public static void CheckRange(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() != 2)
        {
            errors.Add(new(path, "value must be an array of two numbers [lo, hi]"));
            return;
        }
        var before = errors.Count;
        CheckNumber(array[0], path + "[0]", errors);
        CheckNumber(array[1], path + "[1]", errors);
        if (errors.Count == before && Number(array[0]) > Number(array[1]))
            errors.Add(new(path, "the lower bound must not exceed the upper bound"));
    }

    public static ValueTest BuildGt(JsonElement? value)
    {
        var limit = Number(value!.Value);
        return (facts, i) => facts.Numbers[i] is { } n && n > limit;
    }

    public static ValueTest BuildGte(JsonElement? value)
    {
        var limit = Number(value!.Value);
        return (facts, i) => facts.Numbers[i] is { } n && n >= limit;
    }

    public static ValueTest BuildLt(JsonElement? value)
    {
        var limit = Number(value!.Value);
        return (facts, i) => facts.Numbers[i] is { } n && n < limit;
    }

    public static ValueTest BuildLte(JsonElement? value)
    {
        var limit = Number(value!.Value);
        return (facts, i) => facts.Numbers[i] is { } n && n <= limit;
    }

    public static ValueTest BuildBetween(JsonElement? value)
    {
        var low = Number(value!.Value[0]);
        var high = Number(value.Value[1]);
        return (facts, i) => facts.Numbers[i] is { } n && n >= low && n <= high;
    }

    private static double Number(JsonElement element) =>
        Operand.TryReadNumber(element, out var number)
            ? number
            : throw new ArgumentException($"not a number: {element.GetRawText()}");

    private static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? $"\"{element.GetString()}\"" : Operand.KindName(element);
}
