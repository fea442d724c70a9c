using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Server.Apis.Forms;

/// <summary>
/// What a visitor sent to POST /f/{formId}, by key: form-encoded (a multi-select as repeated keys) or a
/// JSON object (strings, numbers, or a list of them). Keys the form does not know are ignored.
/// </summary>
public sealed class FormInput
{
    private readonly Dictionary<string, List<JsonValue>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _malformed = new(StringComparer.Ordinal);

    public static readonly FormInput Empty = new();

    public static FormInput FromForm(IFormCollection form)
    {
        var input = new FormInput();
        foreach (var (key, values) in form)
            input._values[key] = [.. values.Select(v => JsonValue.Create(v ?? ""))];
        return input;
    }

    public static FormInput FromJson(JsonObject body)
    {
        var input = new FormInput();
        foreach (var (key, node) in body)
        {
            if (node is null) continue;
            var items = node is JsonArray array ? [.. array] : new List<JsonNode?> { node };
            if (items.All(IsScalar)) input._values[key] = [.. items.Select(i => (JsonValue)i!.DeepClone())];
            else input._malformed.Add(key);
        }
        return input;
    }

    /// <summary>The non-blank values sent for a key.</summary>
    public IReadOnlyList<JsonValue> Filled(string key) =>
        _values.TryGetValue(key, out var values) ? [.. values.Where(v => !string.IsNullOrWhiteSpace(Text(v)))] : [];

    /// <summary>True when the key was sent with something that is neither a string, a number nor a list of them.</summary>
    public bool IsMalformed(string key) => _malformed.Contains(key);

    /// <summary>Every value of a key as text, to put back into a re-rendered form.</summary>
    public IReadOnlyList<string> Texts(string key) => _values.TryGetValue(key, out var values) ? [.. values.Select(Text)] : [];

    public static string Text(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static bool IsScalar(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number;
}
