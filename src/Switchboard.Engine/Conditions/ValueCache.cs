using System.Runtime.InteropServices;
using System.Text.Json;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// Shares the matching form of repeated field values between leads. Categorical fields (country, region,
/// industry, employees, source…) repeat endlessly; their facts are keyed by the value's raw UTF-8 JSON text
/// and handed out again without decoding, normalising or allocating. Each field slot has its own small
/// direct-mapped table and watches its hit rate: a field whose values hardly repeat (email, name, phone)
/// turns its table off after <see cref="Trial"/> look-ups, so it costs nothing more. Facts are immutable
/// (their lazy parts are idempotent), so sharing them across threads is safe; a race only replaces an entry.
/// </summary>
internal sealed class ValueCache
{
    private const int Size = 256;
    private const int MaxKeyBytes = 96;
    /// <summary>Look-ups before a slot decides whether caching pays.</summary>
    private const int Trial = 512;
    /// <summary>Hits per <see cref="Trial"/> look-ups below which the slot stops caching.</summary>
    private const int MinHits = Trial / 4;

    private static ValueCache?[] _slots = new ValueCache?[64];
    private static readonly object Growing = new();

    private readonly Entry?[] _entries = new Entry?[Size];
    private int _lookups;
    private int _hits;
    private volatile bool _off;

    private sealed record Entry(byte[] Key, FieldFacts Facts);

    /// <summary>The facts of a parsed JSON string value, from the slot's table or built and remembered.</summary>
    public static FieldFacts? Facts(int slot, JsonElement element)
    {
        if (slot < 0) return Build(element);
        var cache = For(slot);
        if (cache._off) return Build(element);
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length > MaxKeyBytes) return Build(element);
        var index = (int)((uint)Hash(raw) % Size);
        var entry = cache._entries[index]; // one read: a concurrent replacement cannot mix two entries
        var hit = entry is not null && raw.SequenceEqual(entry.Key);
        if (hit) Interlocked.Increment(ref cache._hits);
        if (Interlocked.Increment(ref cache._lookups) == Trial && Volatile.Read(ref cache._hits) < MinHits) cache._off = true;
        if (hit) return entry!.Facts;
        var facts = Build(element);
        if (facts is not null) cache._entries[index] = new Entry(raw.ToArray(), facts);
        return facts;
    }

    private static FieldFacts? Build(JsonElement element) =>
        element.GetString() is { } text ? FieldFacts.Of(text) : null;

    private static ValueCache For(int slot)
    {
        var slots = _slots;
        if (slot < slots.Length && slots[slot] is { } cache) return cache;
        lock (Growing)
        {
            if (slot >= _slots.Length) Array.Resize(ref _slots, Math.Max(slot + 1, _slots.Length * 2));
            return _slots[slot] ??= new ValueCache();
        }
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
