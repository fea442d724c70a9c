using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// A lead's values in matching form for one evaluation. Paths are standard field names ("region"), custom
/// fields ("fields.導入検討時期") and system fields ("status", "stage", "score", "grade", "ownerId").
/// <para>Nothing is copied up front: a field is read from the lead's data the first time a rule asks for it,
/// normalised, and kept in its slot (numbered by the configuration's <see cref="FieldTable"/>), so fields no rule looks at
/// cost nothing.
/// A custom field is the key under "fields"; when that has no values, a top-level key spelled "fields.X" is used.</para>
/// </summary>
internal sealed class LeadFacts
{
    private static readonly string[] SmallNumbers =
        [.. Enumerable.Range(0, 128).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Marks a slot whose field has no values.</summary>
    private static readonly object Missing = new();

    private static readonly JsonObject NoCustomFields = [];

    /// <summary>The compiled configuration's field numbering; null for facts made without one (no field has a slot).</summary>
    private readonly FieldTable? _table;
    private JsonObject _data;
    private JsonObject? _custom;
    private object?[] _slots;
    /// <summary>status, stage, score, grade, ownerId: the lead's string until first read, then its facts; null when unset.</summary>
    private object?[]? _system;
    /// <summary>Facts of the evaluation rather than the lead ("rejectReason"); they hide data fields of the same name.</summary>
    private Dictionary<string, FieldFacts>? _event;

    private LeadFacts(JsonObject data, FieldTable? table)
    {
        _data = data;
        _table = table;
        _slots = new object?[table?.Count ?? 0];
    }

    public static LeadFacts From(Lead lead) => From(lead, null);

    /// <summary>Facts that keep the fields <paramref name="table"/> numbered, and share their repeated values.</summary>
    internal static LeadFacts From(Lead lead, FieldTable? table)
    {
        var facts = new LeadFacts(lead.Data, table);
        facts.SetSystem(lead);
        return facts;
    }

    public static LeadFacts FromData(JsonObject data) => new(data, null);

    internal static LeadFacts FromData(JsonObject data, FieldTable table) => new(data, table);

    /// <summary>Counts changes to the facts after they were made (<see cref="Refresh"/>, event facts), so a screen knows when to look again.</summary>
    internal int Changes { get; private set; }

    public bool TryGet(string field, out FieldFacts facts) => TryGet(Key(field), out facts);

    /// <summary>The key of <paramref name="path"/>: with its slot when the configuration's rules read it, so its facts are kept.</summary>
    internal FieldKey Key(string path) => _table?.Find(path) ?? new FieldKey(path);

    internal bool TryGet(FieldKey field, out FieldFacts facts)
    {
        if (field.System >= 0 && _system is { } system) return Resolve(ref system[field.System], out facts);
        if (_event is { } events && events.TryGetValue(field.Path, out facts!)) return true;
        if (_table is null || !ReferenceEquals(field.Table, _table))
        {
            facts = FieldValues.Build(Read(field))!;
            return facts is not null;
        }
        var slot = field.Slot;
        if (slot >= _slots.Length) Array.Resize(ref _slots, _table.Count); // numbered after these facts were made
        ref var value = ref _slots[slot];
        if (value is null) value = FieldValues.Build(Read(field), field.Values) ?? Missing;
        facts = (value as FieldFacts)!;
        return facts is not null;
    }

    /// <summary>Re-reads one field after an action changed it.</summary>
    public void Refresh(Lead lead, string field)
    {
        Changes++;
        _data = lead.Data;
        _custom = null;
        var slot = _table?.SlotOf(field) ?? -1;
        if (slot >= 0 && slot < _slots.Length) _slots[slot] = null;
        _event?.Remove(field);
        SetSystem(lead);
    }

    /// <summary>Sets a fact that is not stored on the lead, such as the "rejectReason" of a lead.rejected evaluation.</summary>
    public void SetEventFact(string field, string? value)
    {
        Changes++;
        _event ??= new Dictionary<string, FieldFacts>(StringComparer.Ordinal);
        _event.Remove(field);
        if (value is not null) _event[field] = FieldFacts.Of(value);
    }

    private static bool Resolve(ref object? value, out FieldFacts facts)
    {
        if (value is string text) value = FieldFacts.Of(text);
        facts = (value as FieldFacts)!;
        return facts is not null;
    }

    /// <summary>The node a path stands for: a key under "fields" (else a top-level "fields.X"), or a top-level standard field.</summary>
    private JsonNode? Read(FieldKey field)
    {
        if (field.Custom is { } key
            && CustomFields is { } fields
            && fields.TryGetPropertyValue(key, out var nested) && FieldValues.HasValues(nested))
            return nested;
        if (!_data.TryGetPropertyValue(field.Path, out var node)) return null;
        return field.IsCustomObject && node is JsonObject ? null : node;
    }

    /// <summary>The lead's "fields" object (looked up once per evaluation and after each refresh); null when it has none.</summary>
    private JsonObject? CustomFields
    {
        get
        {
            if (_custom is null)
                _custom = _data.TryGetPropertyValue("fields", out var node) && node is JsonObject fields ? fields : NoCustomFields;
            return ReferenceEquals(_custom, NoCustomFields) ? null : _custom;
        }
    }

    /// <summary>Sets a fact from a JSON value (an event property): lists match per element, as lead fields do.</summary>
    public void SetEventFact(string field, JsonNode? value)
    {
        Changes++;
        _event ??= new Dictionary<string, FieldFacts>(StringComparer.Ordinal);
        _event.Remove(field);
        if (FieldValues.Build(value) is { } facts) _event[field] = facts;
    }

    /// <summary>Takes status, stage, score, grade and ownerId (in <see cref="FieldKey.SystemFields"/> order).</summary>
    private void SetSystem(Lead lead)
    {
        var system = _system ??= new object?[FieldKey.SystemFields.Length];
        system[0] = lead.Status;
        system[1] = lead.Stage;
        system[2] = lead.Score is >= 0 and < 128 ? SmallNumbers[lead.Score] : lead.Score.ToString(CultureInfo.InvariantCulture);
        system[3] = lead.Grade;
        system[4] = lead.OwnerId;
    }
}

/// <summary>The strings a JSON value stands for when matched: a list's items, "true"/"false", numbers as written.</summary>
internal static class FieldValues
{
    public static FieldFacts? Build(JsonNode? node, ValueCache? shared = null)
    {
        if (node is JsonValue value)
        {
            // Parsed strings and numbers (the usual case) go through the field's cache of repeated values, if it has one.
            if (value.TryGetValue<JsonElement>(out var element) && element.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                return shared is null ? ValueCache.Build(element) : shared.Facts(element);
            return Single(value) is { } text ? FieldFacts.Of(text) : null;
        }
        if (node is null) return null;
        var values = new List<string>();
        Collect(node, values);
        return values.Count > 0 ? FieldFacts.Of(values) : null;
    }

    /// <summary>False for null, JSON null and a list with no values.</summary>
    public static bool HasValues(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value => value.GetValueKind() != JsonValueKind.Null,
        JsonArray array => array.Any(HasValues),
        _ => true,
    };

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
