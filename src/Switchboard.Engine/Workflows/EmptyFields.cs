using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Fills a lead's empty values from another set of values (a merged submission): standard fields at the top level
/// and custom ones under "fields", by name. Empty means missing, null, blank text or an empty list.
/// </summary>
public static class EmptyFields
{
    /// <summary>
    /// Copies each non-empty value of <paramref name="source"/> whose counterpart in <paramref name="target"/> is empty,
    /// naming it in <paramref name="filled"/> ("company", "fields.予算"); a different non-empty value stays as it is
    /// and is named in <paramref name="kept"/>. With <paramref name="apply"/> false nothing changes: only the names are collected.
    /// </summary>
    public static void Fill(JsonObject target, JsonObject source, List<string> filled, List<string> kept, bool apply = true) =>
        Fill(target, source, "", filled, kept, apply);

    /// <summary>True when <paramref name="source"/> has no value that <paramref name="target"/> lacks or holds differently.</summary>
    public static bool AddsNothing(JsonObject target, JsonObject source)
    {
        List<string> filled = [], kept = [];
        Fill(target, source, filled, kept, apply: false);
        return filled.Count == 0 && kept.Count == 0;
    }

    private static void Fill(JsonObject target, JsonObject source, string prefix, List<string> filled, List<string> kept, bool apply)
    {
        foreach (var (key, value) in source)
        {
            if (prefix.Length == 0 && key == "fields" && value is JsonObject custom)
            {
                if (target["fields"] is not (null or JsonObject)) continue;
                var fields = target["fields"] as JsonObject ?? new JsonObject();
                Fill(fields, custom, "fields.", filled, kept, apply);
                if (apply && target["fields"] is null && fields.Count > 0) target["fields"] = fields;
                continue;
            }
            if (IsEmpty(value)) continue;
            var current = target[key];
            if (IsEmpty(current))
            {
                if (apply) target[key] = value!.DeepClone();
                filled.Add(prefix + key);
            }
            else if (!JsonNode.DeepEquals(current, value))
            {
                kept.Add(prefix + key);
            }
        }
    }

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray list => list.Count == 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        _ => false,
    };
}
