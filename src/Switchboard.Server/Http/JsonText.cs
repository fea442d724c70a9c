using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Http;

/// <summary>
/// Text in a parsed document must be Unicode. The parser decodes strings lazily, so invalid UTF-8 or a lone surrogate
/// (<c>"\ud800"</c>) would otherwise surface later, while storing or writing the value, as a 500.
/// </summary>
public static class JsonText
{
    private const string Message = "is not valid Unicode text (invalid UTF-8 or a lone surrogate)";

    /// <summary>The first name or string value that is not well-formed text, as an error naming its path ("" for the document itself); null when all are.</summary>
    public static ValidationError? FindInvalid(JsonNode? node, string path = "")
    {
        try
        {
            return node switch
            {
                JsonObject obj => InObject(obj, path),
                JsonArray array => InArray(array, path),
                JsonValue value when value.GetValueKind() == JsonValueKind.String =>
                    IsWellFormed(value.GetValue<string>()) ? null : new ValidationError(path, Message),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json cannot transcode the bytes of this name or value to UTF-16.
            return new ValidationError(path, Message);
        }
    }

    private static ValidationError? InObject(JsonObject obj, string path)
    {
        foreach (var (name, item) in obj)
        {
            var itemPath = path.Length == 0 ? name : $"{path}.{name}";
            if (!IsWellFormed(name)) return new ValidationError(path, "has a property name that " + Message);
            if (FindInvalid(item, itemPath) is { } error) return error;
        }
        return null;
    }

    private static ValidationError? InArray(JsonArray array, string path)
    {
        for (var i = 0; i < array.Count; i++)
            if (FindInvalid(array[i], $"{path}[{i}]") is { } error) return error;
        return null;
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
            i++;
        }
        return true;
    }
}
