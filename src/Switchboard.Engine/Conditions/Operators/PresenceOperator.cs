using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>exists / not_exists: whether the field has at least one non-blank value. They take no value.</summary>
internal static class PresenceOperator
{
    private static readonly ValueTest AnyValue = static (_, _) => true;

    public static void Check(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is { } element)
            errors.Add(new(path, $"exists and not_exists take no value (got {Operand.KindName(element)})"));
    }

    public static ValueTest Build(JsonElement? value) => AnyValue;
}
