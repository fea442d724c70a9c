using System.Text.Json.Nodes;

namespace Switchboard.Cli;

/// <summary>Reading the server's JSON answers for display, forgiving of absent members (a newer or older server).</summary>
public static class Nodes
{
    /// <summary>The value as text, or – when absent or empty.</summary>
    public static string Text(JsonNode? value) => value?.ToString() is { Length: > 0 } text ? text : "–";

    /// <summary>A number (0 when absent).</summary>
    public static double Number(JsonNode? value) => Maybe(value) ?? 0;

    /// <summary>A count (0 when absent).</summary>
    public static long Count(JsonNode? value) => value is JsonValue v && v.TryGetValue<long>(out var n) ? n : (long)Number(value);

    /// <summary>A number that may be absent (a rate with no assignments, a percentile with no spans).</summary>
    public static double? Maybe(JsonNode? value) => value is JsonValue v && v.TryGetValue<double>(out var n) ? n : null;

    /// <summary>The objects of a list (none when absent).</summary>
    public static IEnumerable<JsonObject> Items(JsonNode? list) => (list as JsonArray ?? []).OfType<JsonObject>();
}
