using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Storage.Rows;

/// <summary>
/// The derived, query-only lead columns. Free-text search (LeadQuery.Q) runs over <c>search_text</c>:
/// email, firstName, lastName and company, NFKC-normalised and lower-cased in .NET (so both dialects
/// fold Unicode the same way; SQLite's lower() only knows ASCII), one per line. The query text gets
/// the same folding and is matched as a plain substring (instr / strpos), so no LIKE escaping is needed.
/// <c>source</c> is the lead's "source" text as sent (matched exactly by LeadQuery.Source).
/// </summary>
internal static class LeadSearch
{
    private static readonly string[] SearchedFields = ["email", "firstName", "lastName", "company"];

    public static string SearchText(JsonObject data)
    {
        var text = new StringBuilder();
        foreach (var field in SearchedFields)
        {
            var value = Text(data, field);
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(Fold(value));
        }
        return text.ToString();
    }

    /// <summary>The "source" field when it is text, else null.</summary>
    public static string? Source(JsonObject data) =>
        data["source"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The folding applied to both the stored search text and the query.</summary>
    public static string Fold(string value) => value.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>A field as text (numbers and flags as their JSON), or null when absent or not a value.</summary>
    public static string? Text(JsonObject data, string field) => data[field] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
