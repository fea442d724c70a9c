using System.Text.Json;

namespace Switchboard.Engine.Conditions.Operators;

internal enum OperandKind
{
    Text,
    Number,
    Boolean,
}

/// <summary>
/// One scalar operand of a leaf in matching form, read once at compile time: <see cref="Normalized"/>
/// is the NFKC + case-folded text (numbers as written, booleans as "true"/"false"), <see cref="Number"/>
/// is set for JSON numbers.
/// </summary>
internal sealed record Operand(OperandKind Kind, string Normalized, double? Number)
{
    /// <summary>The value of a leaf, or null when it is absent or JSON null.</summary>
    public static JsonElement? Present(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } ? value : null;

    /// <summary>Reads a string, a finite number or (when allowed) a boolean.</summary>
    public static bool TryRead(JsonElement element, bool allowBoolean, out Operand operand)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                operand = new Operand(OperandKind.Text, TextNormalizer.Normalize(element.GetString()!), null);
                return true;
            case JsonValueKind.Number when element.TryGetDouble(out var number) && double.IsFinite(number):
                operand = new Operand(OperandKind.Number, TextNormalizer.Normalize(element.GetRawText()), number);
                return true;
            case JsonValueKind.True or JsonValueKind.False when allowBoolean:
                operand = new Operand(OperandKind.Boolean, element.ValueKind == JsonValueKind.True ? "true" : "false", null);
                return true;
            default:
                operand = null!;
                return false;
        }
    }

    /// <summary>Reads a finite number given as a JSON number or as a numeric string (after NFKC, so "１００" is 100).</summary>
    public static bool TryReadNumber(JsonElement element, out double number)
    {
        number = 0;
        var ok = element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDouble(out number),
            JsonValueKind.String => TextNormalizer.TryParseNumber(TextNormalizer.Normalize(element.GetString()!), out number),
            _ => false,
        };
        return ok && double.IsFinite(number);
    }

    /// <summary>Empty or white space text: such a value can never be told apart from a missing field.</summary>
    public bool IsBlank => Kind == OperandKind.Text && string.IsNullOrWhiteSpace(Normalized);

    public static string KindName(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
