using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>
/// eq / neq and in / not_in. A number operand compares numerically with a numeric field value
/// ("250", "２５０" and 250.0 all equal 250) and as normalised text otherwise; a string operand compares
/// as normalised text; a boolean operand compares with "true" / "false".
/// </summary>
internal static class EqualityOperators
{
    private const string ScalarKinds = "a string, number or boolean";

    public static void CheckScalar(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is not { } element)
            errors.Add(new(path, $"value is required: {ScalarKinds}"));
        else
            CheckItem(element, path, errors);
    }

    public static void CheckList(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is not { ValueKind: JsonValueKind.Array } array)
        {
            var got = Operand.Present(value) is { } element ? Operand.KindName(element) : "nothing";
            errors.Add(new(path, $"value must be an array of strings, numbers or booleans (got {got})"));
            return;
        }
        if (array.GetArrayLength() == 0)
        {
            errors.Add(new(path, "value must list at least one item"));
            return;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
            CheckItem(item, $"{path}[{index++}]", errors);
    }

    private static void CheckItem(JsonElement element, string path, List<ValidationError> errors)
    {
        if (!Operand.TryRead(element, allowBoolean: true, out var operand))
            errors.Add(new(path, $"value must be {ScalarKinds} (got {Operand.KindName(element)})"));
        else if (operand.IsBlank)
            errors.Add(new(path, "value must not be empty; use exists / not_exists to test whether a field is set"));
    }

    public static ValueTest BuildEqual(JsonElement? value)
    {
        var operand = Read(value!.Value);
        var text = operand.Normalized;
        if (operand.Number is { } number)
            return (facts, i) => facts.Numbers[i] is { } n ? n == number : string.Equals(facts.Normalized[i], text, StringComparison.Ordinal);
        return (facts, i) => string.Equals(facts.Normalized[i], text, StringComparison.Ordinal);
    }

    public static ValueTest BuildIn(JsonElement? value)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<double>();
        var numberTexts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in value!.Value.EnumerateArray())
        {
            var operand = Read(item);
            if (operand.Number is { } number)
            {
                numbers.Add(number);
                numberTexts.Add(operand.Normalized);
            }
            else
            {
                texts.Add(operand.Normalized);
            }
        }
        var textSet = TextSet.Of(texts);
        if (numbers.Count == 0)
            return (facts, i) => textSet.Contains(facts.Normalized[i]);
        return (facts, i) =>
        {
            var normalized = facts.Normalized[i];
            if (textSet.Contains(normalized)) return true;
            return facts.Numbers[i] is { } n ? numbers.Contains(n) : numberTexts.Contains(normalized);
        };
    }

    private static Operand Read(JsonElement element) =>
        Operand.TryRead(element, allowBoolean: true, out var operand)
            ? operand
            : throw new ArgumentException($"not a string, number or boolean: {element.GetRawText()}");

    /// <summary>Ordinal string membership: a short list is scanned (lengths mostly differ), a long one hashed.</summary>
    private sealed class TextSet
    {
        private const int ScanLimit = 8;
        private readonly string[]? _few;
        private readonly HashSet<string>? _many;

        private TextSet(HashSet<string> texts)
        {
            if (texts.Count <= ScanLimit) _few = [.. texts];
            else _many = texts;
        }

        public static TextSet Of(HashSet<string> texts) => new(texts);

        public bool Contains(string value)
        {
            if (_few is null) return _many!.Contains(value);
            foreach (var text in _few)
                if (string.Equals(text, value)) return true;
            return false;
        }
    }
}
