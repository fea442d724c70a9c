using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Http;

/// <summary>
/// Says in plain words why a well-formed document does not fit the type it was read as. Only the failure's
/// path is taken from the serializer; what was expected there comes from the type's own JSON contract
/// (its property names and kinds), so no .NET type or member name reaches the client.
/// </summary>
public static class JsonErrors
{
    public static ValidationError Describe(JsonException error, JsonNode? root, Type type, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(type);
        var node = root;
        var path = "";
        foreach (var segment in Segments(error.Path))
        {
            if (segment is int index)
            {
                if (info.Kind != JsonTypeInfoKind.Enumerable) break;
                info = options.GetTypeInfo(info.ElementType!);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
                path += $"[{index}]";
                continue;
            }
            var name = (string)segment;
            var at = path.Length == 0 ? name : $"{path}.{name}";
            if (info.Kind == JsonTypeInfoKind.Dictionary) info = options.GetTypeInfo(info.ElementType!);
            else if (info.Kind != JsonTypeInfoKind.Object) break;
            else if (Property(info, name) is { } property) info = options.GetTypeInfo(property.PropertyType);
            else return new ValidationError(at, Unknown(info, name));
            node = node is JsonObject obj ? obj[name] : null;
            path = at;
        }
        return new ValidationError(path.Length == 0 ? "$" : path, AtEnd(info, node));
    }

    private static string AtEnd(JsonTypeInfo info, JsonNode? node)
    {
        if (info.Kind != JsonTypeInfoKind.Object || node is not JsonObject obj) return Expected(info);
        if (obj.Select(p => p.Key).FirstOrDefault(name => Property(info, name) is null) is { } unknown) return Unknown(info, unknown);
        var missing = info.Properties.Where(p => p.IsRequired && !obj.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        return missing.Count > 0 ? $"is missing {string.Join(", ", missing)}" : "is not a valid value here";
    }

    private static JsonPropertyInfo? Property(JsonTypeInfo info, string name) =>
        info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, info.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    private static string Unknown(JsonTypeInfo info, string name) =>
        $"unknown field '{name}'; expected one of {string.Join(", ", info.Properties.Select(p => p.Name))}";

    private static string Expected(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "must be an object",
            JsonTypeInfoKind.Enumerable => "must be a list",
            _ when type == typeof(string) => "must be a string",
            _ when type == typeof(bool) => "must be true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "must be a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "must be a number",
            _ when type == typeof(Instant) || type == typeof(DateTimeOffset) => "must be an ISO-8601 date and time, such as 2026-12-24T09:00:00Z",
            _ when type == typeof(OutOfOfficeBound) => "must be a date such as 2026-12-24 (the whole day in the rep's zone) or a date and time with an offset such as 2026-12-24T09:00:00+09:00",
            _ when type == typeof(JsonObject) => "must be an object",
            _ when type == typeof(JsonArray) => "must be a list",
            _ => "is not a valid value here",
        };
    }

    /// <summary>"$.pools[0]['odd name']" → "pools", 0, "odd name" (names as strings, indexes as ints).</summary>
    private static IEnumerable<object> Segments(string? path)
    {
        var i = path is { Length: > 0 } && path[0] == '$' ? 1 : 0;
        while (path is not null && i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) yield break;
                yield return path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), out var index)) yield break;
                yield return index;
                i = end + 1;
            }
            else yield break;
        }
    }
}
