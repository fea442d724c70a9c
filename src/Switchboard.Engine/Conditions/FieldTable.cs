using System.Numerics;
using System.Runtime.CompilerServices;

namespace Switchboard.Engine.Conditions;

/// <summary>A field path with its hash computed once, so a condition leaf looks its field up without rehashing it.</summary>
internal readonly struct FieldKey(string path)
{
    /// <summary>The lead properties matched as fields, in <see cref="LeadFacts"/>' order.</summary>
    public static readonly string[] SystemFields = ["status", "stage", "score", "grade", "ownerId"];

    public string Path { get; } = path;
    public int Hash { get; } = FieldTable.HashOf(path);
    /// <summary>Index in <see cref="SystemFields"/>, or -1 for a data field.</summary>
    public int System { get; } = Array.IndexOf(SystemFields, path);
}

/// <summary>
/// The per-evaluation map of <see cref="LeadFacts"/>: field path → value, with open addressing and linear
/// probing over one array. Entries are never removed; a field that is gone holds null.
/// </summary>
internal sealed class FieldTable
{
    private struct Entry
    {
        public string? Key;
        public int Hash;
        public object? Value;
    }

    private Entry[] _entries;
    private int _count;

    public FieldTable(int expected) => _entries = new Entry[CapacityFor(expected)];

    public static int HashOf(string path) => path.GetHashCode();

    /// <summary>The value slot of <paramref name="key"/>, or a null reference when the table has no such entry.</summary>
    public ref object? Find(string key, int hash)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            if (entry.Key is null) return ref Unsafe.NullRef<object?>();
            if (entry.Hash == hash && string.Equals(entry.Key, key)) return ref entry.Value;
        }
    }

    /// <summary>The value slot of <paramref name="key"/>, adding an entry holding null when there is none.</summary>
    public ref object? GetOrAdd(string key, int hash)
    {
        ref var found = ref Find(key, hash);
        if (!Unsafe.IsNullRef(ref found)) return ref found;
        if ((_count + 1) * 3 > _entries.Length * 2) Grow();
        _count++;
        return ref Insert(_entries, key, hash);
    }

    private static ref object? Insert(Entry[] entries, string key, int hash)
    {
        var mask = entries.Length - 1;
        var i = hash & mask;
        while (entries[i].Key is not null) i = (i + 1) & mask;
        entries[i].Key = key;
        entries[i].Hash = hash;
        return ref entries[i].Value;
    }

    private void Grow()
    {
        var larger = new Entry[_entries.Length * 2];
        foreach (var entry in _entries)
            if (entry.Key is not null) Insert(larger, entry.Key, entry.Hash) = entry.Value;
        _entries = larger;
    }

    /// <summary>At most two thirds full, so probes stay short.</summary>
    private static int CapacityFor(int expected) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, expected * 3 / 2 + 1));
}
