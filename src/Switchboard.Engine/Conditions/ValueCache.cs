using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// Shares the matching form of one field's repeated values between leads (one per slot of a <see cref="FieldTable"/>).
/// Categorical fields (country, region, industry, employees, source…) repeat endlessly; their facts are keyed by the
/// value's raw UTF-8 JSON text and handed out again without decoding, normalising or allocating. A small direct-mapped
/// table watches its hit rate: a field whose values hardly repeat (email, name, phone) turns it off after
/// <see cref="Trial"/> look-ups, so it costs nothing more. Facts are immutable (their lazy parts are idempotent), so
/// sharing them across threads is safe; a race only replaces an entry.
/// </summary>
internal sealed class ValueCache
{
    private const int Size = 1024;
    /// <summary>Look-ups before the cache decides whether caching pays.</summary>
    private const int Trial = 512;
    /// <summary>Hits per <see cref="Trial"/> look-ups below which the cache turns off.</summary>
    private const int MinHits = Trial / 4;

    /// <summary>
    /// The shared facts themselves, each carrying its key inline: a look-up reads the table and one object, and on a hit
    /// that object is the answer. An entry is replaced whole, so a concurrent replacement cannot mix two values.
    /// </summary>
    private readonly SharedFacts?[] _entries = new SharedFacts?[Size];
    private int _lookups;
    private int _hits;
    private volatile bool _off;

    /// <summary>False once the trial found the field's values do not repeat: nothing more is kept about them.</summary>
    public bool Shares => !_off;

    /// <summary>The facts of a parsed JSON string or number, from the table or built and remembered.</summary>
    public FieldFacts? Facts(JsonElement element)
    {
        if (_off) return Build(element);
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length > SharedFacts.MaxKeyBytes) return Build(element);
        var index = (int)((uint)Hash(raw) % Size);
        var entry = _entries[index];
        var hit = entry is not null && entry.HasKey(raw);
        if (_lookups < Trial) Count(hit);
        if (hit) return entry;
        if (Build(element) is not { } facts) return null;
        return _entries[index] = new SharedFacts(facts, raw);
    }

    /// <summary>The trial's tally; once it is decided nothing more is counted (no shared counter is written per look-up).</summary>
    private void Count(bool hit)
    {
        if (hit) Interlocked.Increment(ref _hits);
        if (Interlocked.Increment(ref _lookups) == Trial && Volatile.Read(ref _hits) < MinHits) _off = true;
    }

    /// <summary>The facts of a string or number without sharing them.</summary>
    public static FieldFacts? Build(JsonElement element) =>
        (element.ValueKind == JsonValueKind.Number ? element.GetRawText() : element.GetString()) is { } text ? FieldFacts.Of(text) : null;

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
