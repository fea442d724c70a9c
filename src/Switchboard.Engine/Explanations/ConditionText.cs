using System.Text.Json;

namespace Switchboard.Engine.Explanations;

/// <summary>
/// A condition leaf that did not hold, said in one line with the lead's values as written:
/// <c>region "東京都" does not contain "北海道"</c>, <c>employees "12" is not greater than 100</c>, <c>region is missing</c>.
/// </summary>
public static class ConditionText
{
    /// <summary>Why <paramref name="leaf"/> (a leaf step that did not match) failed, without its path.</summary>
    public static string Failed(ConditionStep leaf)
    {
        var values = leaf.LeadValues ?? [];
        var field = leaf.Field ?? "?";
        if (leaf.Op == "exists") return $"{field} is missing";
        if (values.Count == 0 && leaf.Op != "not_exists") return $"{field} is missing ({leaf.Op} {Operand(leaf.Value)} needs a value)";
        var subject = $"{field} {Values(values)}";
        return leaf.Op switch
        {
            "eq" => $"{subject} is not {Operand(leaf.Value)}",
            "neq" => $"{subject} equals {Operand(leaf.Value)}",
            "contains" => $"{subject} does not contain {Operand(leaf.Value)}",
            "not_contains" => $"{subject} contains {Operand(leaf.Value)}",
            "starts_with" => $"{subject} does not start with {Operand(leaf.Value)}",
            "ends_with" => $"{subject} does not end with {Operand(leaf.Value)}",
            "in" => $"{subject} is not in {Operand(leaf.Value)}",
            "not_in" => $"{subject} is in {Operand(leaf.Value)}",
            "gt" => $"{subject} is not greater than {Operand(leaf.Value)}",
            "gte" => $"{subject} is less than {Operand(leaf.Value)}",
            "lt" => $"{subject} is not less than {Operand(leaf.Value)}",
            "lte" => $"{subject} is greater than {Operand(leaf.Value)}",
            "between" => $"{subject} is not between {Between(leaf.Value)}",
            "not_exists" => $"{subject} exists",
            "regex" => $"{subject} does not match /{Plain(leaf.Value)}/",
            var op => $"{subject} does not satisfy {op} {Operand(leaf.Value)}",
        };
    }

    /// <summary>A group that failed without a failing leaf: a "not" whose part held, or an empty "any".</summary>
    public static string FailedGroup(ConditionStep group) =>
        group.Kind == "not" ? "its negated condition holds" : $"no part of this \"{group.Kind}\" holds";

    private static string Values(IReadOnlyList<string> values) =>
        values.Count == 1 ? Quote(values[0]) : "[" + string.Join(", ", values.Select(Quote)) + "]";

    private static string Operand(JsonElement? value) => value is not { } element ? "nothing" : element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Array => "[" + string.Join(", ", element.EnumerateArray().Select(e => Operand(e))) + "]",
        _ => element.ToString(),
    };

    private static string Between(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } range && range.GetArrayLength() == 2
            ? $"{Operand(range[0])} and {Operand(range[1])}" : Operand(value);

    private static string Plain(JsonElement? value) => value is { ValueKind: JsonValueKind.String } s ? s.GetString()! : Operand(value);

    private static string Quote(string text) => "\"" + text + "\"";
}
