using System.Collections.Concurrent;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// A field path resolved once, when a condition is compiled: its slot in <see cref="LeadFacts"/>, whether it
/// is a system field, and for a custom field ("fields.X") the key under "fields". A leaf looks its field up
/// by slot, with no hashing or string building per lead.
/// </summary>
internal readonly struct FieldKey
{
    private const string CustomPrefix = "fields.";

    /// <summary>The lead properties matched as fields, in <see cref="LeadFacts"/>' order.</summary>
    public static readonly string[] SystemFields = ["status", "stage", "score", "grade", "ownerId"];

    public FieldKey(string path)
    {
        Path = FieldNames.Register(path);
        Slot = FieldSlots.Of(path);
        System = Array.IndexOf(SystemFields, path);
        Custom = path.StartsWith(CustomPrefix, StringComparison.Ordinal) ? FieldNames.Register(path[CustomPrefix.Length..]) : null;
        IsCustomObject = path == "fields";
    }

    /// <summary>True for the path "fields" itself, the object holding the custom fields (never a value).</summary>
    public bool IsCustomObject { get; }

    public string Path { get; }
    /// <summary>Index of this path's cached facts in a <see cref="LeadFacts"/>; -1 when the path gets no slot.</summary>
    public int Slot { get; }
    /// <summary>Index in <see cref="SystemFields"/>, or -1 for a data field.</summary>
    public int System { get; }
    /// <summary>The key under the lead's "fields" object for a custom field path; null for a standard field.</summary>
    public string? Custom { get; }
}

/// <summary>
/// Process-wide numbering of the field paths conditions and rules read, so each evaluation caches a field's
/// facts in an array slot. Paths come from configuration; past <see cref="MaxSlots"/> distinct paths a new
/// one gets no slot and is read afresh on every look-up (correct, just not cached).
/// </summary>
internal static class FieldSlots
{
    public const int MaxSlots = 4096;

    private static readonly ConcurrentDictionary<string, int> Slots = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>How many slots exist now: the size a new evaluation's cache starts with.</summary>
    public static int Count => Volatile.Read(ref _count);

    public static int Of(string path)
    {
        if (Slots.TryGetValue(path, out var slot)) return slot;
        if (Count >= MaxSlots) return -1;
        lock (Slots) return Slots.GetOrAdd(path, static _ => Interlocked.Increment(ref _count) - 1);
    }
}
