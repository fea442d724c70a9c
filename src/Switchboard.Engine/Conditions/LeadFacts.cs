using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// A lead's values in matching form, taken once per evaluation: field path → raw strings,
/// normalised strings and numbers. Paths are standard field names ("region"), custom fields
/// ("fields.導入検討時期") and system fields ("status", "stage", "score", "grade", "ownerId").
/// <para>Which value belongs to which path is fixed when the facts are taken (and by <see cref="Refresh"/>);
/// a field's normalised form is computed the first time it is read, so fields no rule looks at cost nothing.</para>
/// </summary>
public sealed class LeadFacts
{
    private const string CustomPrefix = "fields.";

    /// <summary>
    /// Per data path: its JsonNode until first read, then its <see cref="FieldFacts"/>; null when the path
    /// has no values.
    /// </summary>
    private readonly FieldTable _fields;

    /// <summary>
    /// The system fields (<see cref="FieldKey.SystemFields"/>): the lead's string until first read, then its
    /// facts; null when unset. Once taken they hide data fields of the same name.
    /// </summary>
    private object?[]? _system;

    private LeadFacts(int capacity) => _fields = new FieldTable(capacity);

    public static LeadFacts From(Lead lead)
    {
        var facts = FromData(lead.Data);
        facts.SetSystem(lead);
        return facts;
    }

    public static LeadFacts FromData(JsonObject data)
    {
        var custom = data["fields"] as JsonObject;
        var facts = new LeadFacts(data.Count + (custom?.Count ?? 0));
        for (var i = 0; i < data.Count; i++)
        {
            var (key, node) = data.GetAt(i);
            if (key == "fields" && node is JsonObject fields)
            {
                for (var j = 0; j < fields.Count; j++)
                {
                    var (customKey, customNode) = fields.GetAt(j);
                    facts.Set(CustomPrefix + customKey, customNode);
                }
            }
            else
            {
                facts.Set(key, node);
            }
        }
        return facts;
    }

    public bool TryGet(string field, out FieldFacts facts) => TryGet(new FieldKey(field), out facts);

    internal bool TryGet(in FieldKey field, out FieldFacts facts)
    {
        ref var value = ref field.System >= 0 && _system is { } system
            ? ref system[field.System]
            : ref _fields.Find(field.Path, field.Hash);
        if (Unsafe.IsNullRef(ref value))
        {
            facts = null!;
            return false;
        }
        switch (value)
        {
            case FieldFacts built:
                facts = built;
                return true;
            case string text:
                value = FieldFacts.Of(text);
                break;
            case JsonNode node:
                value = FieldValues.Build(node);
                break;
        }
        facts = (value as FieldFacts)!;
        return facts is not null;
    }

    /// <summary>Re-reads one field after an action changed it.</summary>
    public void Refresh(Lead lead, string field)
    {
        Remove(field);
        JsonNode? node = field.StartsWith(CustomPrefix, StringComparison.Ordinal)
            ? (lead.Data["fields"] as JsonObject)?[field[CustomPrefix.Length..]]
            : lead.Data[field];
        Set(field, node);
        SetSystem(lead);
    }

    /// <summary>Sets a fact that is not stored on the lead, such as the "rejectReason" of a lead.rejected evaluation.</summary>
    public void SetEventFact(string field, string? value)
    {
        Remove(field);
        if (value is null) return;
        ref var slot = ref _fields.GetOrAdd(field, FieldTable.HashOf(field));
        slot = FieldFacts.Of(value);
    }

    /// <summary>Sets a fact from a JSON value (an event property): lists match per element, as lead fields do.</summary>
    public void SetEventFact(string field, JsonNode? value)
    {
        Remove(field);
        Set(field, value);
    }

    /// <summary>Takes status, stage, score, grade and ownerId (in <see cref="FieldKey.SystemFields"/> order).</summary>
    private void SetSystem(Lead lead)
    {
        var system = _system ??= new object?[FieldKey.SystemFields.Length];
        system[0] = lead.Status;
        system[1] = lead.Stage;
        system[2] = lead.Score.ToString(CultureInfo.InvariantCulture);
        system[3] = lead.Grade;
        system[4] = lead.OwnerId;
    }

    private void Remove(string field)
    {
        ref var value = ref _fields.Find(field, FieldTable.HashOf(field));
        if (!Unsafe.IsNullRef(ref value)) value = null;
    }

    /// <summary>
    /// A node with no values (null, JSON null, an empty list) leaves the path as it was; the same path set
    /// twice ("fields.x" at the top level and x under "fields") keeps the later one that has values.
    /// </summary>
    private void Set(string field, JsonNode? node)
    {
        if (node is null) return;
        ref var value = ref _fields.GetOrAdd(field, FieldTable.HashOf(field));
        if (value is null) value = node;
        else if (FieldValues.Build(node) is { } facts) value = facts;
    }
}

/// <summary>The strings a JSON value stands for when matched: a list's items, "true"/"false", numbers as written.</summary>
internal static class FieldValues
{
    public static FieldFacts? Build(JsonNode? node)
    {
        if (node is JsonValue value)
            return Single(value) is { } text ? FieldFacts.Of(text) : null;
        var values = new List<string>();
        Collect(node, values);
        return values.Count > 0 ? FieldFacts.Of(values) : null;
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
            case JsonValue value:
                if (Single(value) is { } text) values.Add(text);
                return;
            default:
                values.Add(node.ToJsonString());
                return;
        }
    }

    private static string? Single(JsonValue value)
    {
        // A parsed value (the usual case) is read straight from its element: the same text, less work.
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => null,
                JsonValueKind.Number => element.GetRawText(),
                _ => value.ToJsonString(),
            };
        }
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return value.GetValue<string>();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return null;
            default:
                return value.ToJsonString();
        }
    }
}
