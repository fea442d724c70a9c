using System.Numerics;
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
    private const int Size = 1024;
    /// <summary>Look-ups before a slot decides whether caching pays.</summary>
    private const int Trial = 512;
    /// <summary>Hits per <see cref="Trial"/> look-ups below which the slot stops caching.</summary>
    private const int MinHits = Trial / 4;

    private static ValueCache?[] _slots = new ValueCache?[64];
    /// <summary>Per slot, true once its trial found its values do not repeat: one small array, so the check stays in cache.</summary>
    private static bool[] _off = new bool[64];
    private static readonly object Growing = new();

    /// <summary>
    /// The shared facts themselves, each carrying its key inline: a look-up reads the table and one object, and on a hit
    /// that object is the answer. An entry is replaced whole, so a concurrent replacement cannot mix two values.
    /// </summary>
    private readonly SharedFacts?[] _entries = new SharedFacts?[Size];
    private readonly int _slot;
    private int _lookups;
    private int _hits;

    private ValueCache(int slot) => _slot = slot;

    /// <summary>The facts of a parsed JSON string or number, from the slot's table or built and remembered.</summary>
    public static FieldFacts? Facts(int slot, JsonElement element)
    {
        if (!Shares(slot)) return Build(element);
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length > SharedFacts.MaxKeyBytes) return Build(element);
        var cache = For(slot);
        var index = (int)((uint)Hash(raw) % Size);
        var entry = cache._entries[index];
        var hit = entry is not null && entry.HasKey(raw);
        if (cache._lookups < Trial) cache.Count(hit);
        if (hit) return entry;
        if (Build(element) is not { } facts) return null;
        return cache._entries[index] = new SharedFacts(facts, raw);
    }

    /// <summary>False when the slot's values do not repeat enough to be shared (or the path has no slot): nothing is kept about them.</summary>
    public static bool Shares(int slot)
    {
        if (slot < 0) return false;
        var off = _off;
        return slot >= off.Length || !off[slot];
    }

    /// <summary>The trial's tally; once it is decided nothing more is counted (no shared counter is written per look-up).</summary>
    private void Count(bool hit)
    {
        if (hit) Interlocked.Increment(ref _hits);
        if (Interlocked.Increment(ref _lookups) == Trial && Volatile.Read(ref _hits) < MinHits)
            lock (Growing) _off[_slot] = true;
    }

    private static FieldFacts? Build(JsonElement element) =>
        (element.ValueKind == JsonValueKind.Number ? element.GetRawText() : element.GetString()) is { } text ? FieldFacts.Of(text) : null;

    private static ValueCache For(int slot)
    {
        var slots = _slots;
        if (slot < slots.Length && slots[slot] is { } cache) return cache;
        lock (Growing)
        {
            if (slot >= _slots.Length)
            {
                var size = Math.Max(slot + 1, _slots.Length * 2);
                Array.Resize(ref _slots, size);
                var off = _off;
                Array.Resize(ref off, size);
                _off = off;
            }
            return _slots[slot] ??= new ValueCache(slot);
        }
    }

    /// <summary>A quick hash of a short value: its length and three 8-byte words (start, middle, end), mixed; a collision only costs a miss.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        ulong head, tail;
        if (bytes.Length >= 8)
        {
            head = MemoryMarshal.Read<ulong>(bytes) ^ MemoryMarshal.Read<ulong>(bytes[(bytes.Length / 2 - 4)..]);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            head = tail = 0;
            for (var i = 0; i < bytes.Length; i++) head = (head << 8) | bytes[i];
        }
        var mixed = (head * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(tail * 0xC2B2AE3D27D4EB4FUL, 31) ^ (ulong)bytes.Length;
        return (int)(mixed ^ (mixed >> 29));
    }
}
