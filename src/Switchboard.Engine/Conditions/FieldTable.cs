namespace Switchboard.Engine.Conditions;

/// <summary>
/// A field path resolved once, when a condition is compiled: its slot in its <see cref="FieldTable"/> (so in the
/// <see cref="LeadFacts"/> of that table), whether it is a system field, and for a custom field ("fields.X") the key
/// under "fields". A leaf looks its field up by slot, with no hashing or string building per lead.
/// </summary>
internal sealed class FieldKey
{
    private const string CustomPrefix = "fields.";

    /// <summary>The lead properties matched as fields, in <see cref="LeadFacts"/>' order.</summary>
    public static readonly string[] SystemFields = ["status", "stage", "score", "grade", "ownerId"];

    /// <summary>A key without a slot: its field is read afresh on every look-up.</summary>
    public FieldKey(string path)
        : this(path, null, -1, null)
    {
    }

    public FieldKey(string path, FieldTable? table, int slot, ValueCache? values)
    {
        Path = path;
        Table = table;
        Slot = slot;
        Values = values;
        System = Array.IndexOf(SystemFields, path);
        Custom = path.StartsWith(CustomPrefix, StringComparison.Ordinal) ? path[CustomPrefix.Length..] : null;
        IsCustomObject = path == "fields";
    }

    /// <summary>True for the path "fields" itself, the object holding the custom fields (never a value).</summary>
    public bool IsCustomObject { get; }

    public string Path { get; }
    /// <summary>The table that numbered this path; null for a key without a slot.</summary>
    public FieldTable? Table { get; }
    /// <summary>Index of this path's facts in a <see cref="LeadFacts"/> of <see cref="Table"/>; -1 without a table.</summary>
    public int Slot { get; }
    /// <summary>The slot's cache of repeated values; null without a table.</summary>
    public ValueCache? Values { get; }
    /// <summary>Index in <see cref="SystemFields"/>, or -1 for a data field.</summary>
    public int System { get; }
    /// <summary>The key under the lead's "fields" object for a custom field path; null for a standard field.</summary>
    public string? Custom { get; }

    /// <summary>False when the field's values do not repeat enough to be shared between leads (or it has no slot).</summary>
    public bool SharesValues => Values is { Shares: true };
}

/// <summary>
/// The field paths one compiled configuration's conditions and rules read, numbered so each evaluation keeps a
/// field's facts in an array slot, each slot with the <see cref="ValueCache"/> that shares its repeated values between
/// leads. Filled while the configuration compiles, then only read, so it needs no locking; it is dropped with the
/// configuration version.
/// </summary>
internal sealed class FieldTable
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<FieldKey> _keys = [];

    /// <summary>How many paths have a slot: the size of a <see cref="LeadFacts"/>' cache.</summary>
    public int Count => _keys.Count;

    /// <summary>The key of <paramref name="path"/>, numbering it on first use (while compiling).</summary>
    public FieldKey Key(string path)
    {
        if (!_slots.TryGetValue(path, out var slot))
        {
            slot = _keys.Count;
            _slots.Add(path, slot);
            _keys.Add(new FieldKey(path, this, slot, new ValueCache()));
        }
        return _keys[slot];
    }

    /// <summary>The key of a path a rule reads; for any other path, a key without a slot (numbers nothing, so safe once compiled).</summary>
    public FieldKey Find(string path) => _slots.TryGetValue(path, out var slot) ? _keys[slot] : new FieldKey(path);

    /// <summary>The slot of a path a rule reads; -1 for any other.</summary>
    public int SlotOf(string path) => _slots.GetValueOrDefault(path, -1);
}
