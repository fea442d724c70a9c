using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// A lead's values in matching form, built once per evaluation: field path → raw strings,
/// normalised strings and numbers. Paths are standard field names ("region"), custom fields
/// ("fields.導入検討時期") and system fields ("status", "stage", "score", "grade", "ownerId").
/// </summary>
public sealed class LeadFacts
{
    private readonly Dictionary<string, FieldFacts> _fields = new(StringComparer.Ordinal);

    public static LeadFacts From(Lead lead)
    {
        var facts = FromData(lead.Data);
        facts.SetSystem(lead);
        return facts;
    }

    public static LeadFacts FromData(JsonObject data)
    {
        var facts = new LeadFacts();
        foreach (var (key, node) in data)
        {
            if (key == "fields" && node is JsonObject custom)
            {
                foreach (var (customKey, customNode) in custom)
                    facts.Set("fields." + customKey, customNode);
            }
            else
            {
                facts.Set(key, node);
            }
        }
        return facts;
    }

    public bool TryGet(string field, out FieldFacts facts) => _fields.TryGetValue(field, out facts!);

    /// <summary>Re-reads one field after an action changed it.</summary>
    public void Refresh(Lead lead, string field)
    {
        _fields.Remove(field);
        JsonNode? node = field.StartsWith("fields.", StringComparison.Ordinal)
            ? (lead.Data["fields"] as JsonObject)?[field["fields.".Length..]]
            : lead.Data[field];
        Set(field, node);
        SetSystem(lead);
    }

    /// <summary>Sets a fact that is not stored on the lead, such as the "rejectReason" of a lead.rejected evaluation.</summary>
    public void SetEventFact(string field, string? value) => SetStrings(field, value);

    private void SetSystem(Lead lead)
    {
        SetStrings("status", lead.Status);
        SetStrings("stage", lead.Stage);
        SetStrings("score", lead.Score.ToString(CultureInfo.InvariantCulture));
        SetStrings("grade", lead.Grade);
        SetStrings("ownerId", lead.OwnerId);
    }

    private void SetStrings(string field, string? value)
    {
        if (value is null) _fields.Remove(field);
        else _fields[field] = FieldFacts.Of([value]);
    }

    private void Set(string field, JsonNode? node)
    {
        var values = new List<string>();
        Collect(node, values);
        if (values.Count > 0) _fields[field] = FieldFacts.Of(values);
    }

    private static void Collect(JsonNode? node, List<string> values)
    {
        switch (node)
        {
            case null:
                return;
            case JsonArray array:
                foreach (var item in array) Collect(item, values);
                return;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                values.Add(value.GetValue<string>());
                return;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                values.Add(value.GetValueKind() == JsonValueKind.True ? "true" : "false");
                return;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Null:
                return;
            default:
                values.Add(node.ToJsonString());
                return;
        }
    }
}

/// <summary>One field's values: raw as received, normalised for matching, and numeric where they parse.</summary>
public sealed class FieldFacts
{
    public required string[] Raw { get; init; }
    public required string[] Normalized { get; init; }
    /// <summary>Same length as <see cref="Normalized"/>; null where the value is not numeric.</summary>
    public required double?[] Numbers { get; init; }

    public static FieldFacts Of(IReadOnlyList<string> raw)
    {
        var normalized = new string[raw.Count];
        var numbers = new double?[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            normalized[i] = TextNormalizer.Normalize(raw[i]);
            numbers[i] = TextNormalizer.TryParseNumber(normalized[i], out var n) ? n : null;
        }
        return new FieldFacts { Raw = [.. raw], Normalized = normalized, Numbers = numbers };
    }
}
