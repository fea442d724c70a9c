using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Http;

/// <summary>
/// One pass over the raw bytes of a JSON document before anything reads it: every property name and string
/// value must follow <see cref="TextRules"/>, no object may repeat a property name, nesting is bounded, and
/// syntax errors are found here too. The first problem is returned with the JSON path it sits at.
/// </summary>
public static class JsonText
{
    private static readonly JsonReaderOptions Reader = new() { MaxDepth = TextRules.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>The first problem in the document, or null when it is well-formed JSON of acceptable text.</summary>
    public static ValidationError? FindInvalid(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Reader);
        var path = new JsonPathBuilder();
        try
        {
            while (reader.Read())
            {
                if (Check(ref reader, path) is { } problem) return new ValidationError(path.ToString(), problem);
            }
            return null;
        }
        catch (JsonException error)
        {
            return new ValidationError(path.ToString(), $"is not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1})");
        }
    }

    private static string? Check(ref Utf8JsonReader reader, JsonPathBuilder path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                path.EnterValue();
                if (reader.CurrentDepth >= TextRules.MaxDepth) return $"nests deeper than {TextRules.MaxDepth} levels";
                path.Open(reader.TokenType == JsonTokenType.StartObject);
                return null;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                path.Close();
                return null;
            case JsonTokenType.PropertyName:
                path.Name(null);
                if (Text(ref reader) is not { } name) return "has a property name that " + TextRules.NotUnicode;
                if (TextRules.Problem(name, TextRules.MaxName) is { } nameProblem) return "has a property name that " + nameProblem;
                return path.Name(name) ? null : "appears more than once in the same object";
            case JsonTokenType.String:
                path.EnterValue();
                return Text(ref reader) is { } value ? TextRules.Problem(value, TextRules.MaxValue) : TextRules.NotUnicode;
            default:
                path.EnterValue();
                return null;
        }
    }

    /// <summary>The decoded text, or null when its bytes or escapes are not Unicode (System.Text.Json cannot transcode them).</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
