using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// One field's values: raw as received, normalised for matching, and numeric where they parse.
/// The arrays are read-only by contract: <see cref="Normalized"/> is the <see cref="Raw"/> array itself when
/// normalising changed nothing, and a single non-numeric value shares one all-null <see cref="Numbers"/> array.
/// </summary>
internal class FieldFacts
{
    public FieldFacts()
    {
    }

    /// <summary>The same values (for <see cref="SharedFacts"/>).</summary>
    [SetsRequiredMembers]
    private protected FieldFacts(FieldFacts values)
    {
        Raw = values.Raw;
        Normalized = values.Normalized;
        _numbers = values._numbers;
        _blank = values._blank;
    }

    private static readonly double?[] NoNumber = [null];

    private double?[]? _numbers;
    private int _blank = -1;

    public required string[] Raw { get; init; }
    public required string[] Normalized { get; init; }

    /// <summary>Same length as <see cref="Normalized"/>; null where the value is not numeric. Parsed when first read.</summary>
    public double?[] Numbers
    {
        get => _numbers ??= Parse(Normalized);
        init => _numbers = value;
    }

    /// <summary>True when some normalised value is blank (empty or white space); such values never match a test.</summary>
    public bool HasBlank
    {
        get
        {
            if (_blank < 0) _blank = Array.Exists(Normalized, string.IsNullOrWhiteSpace) ? 1 : 0;
            return _blank == 1;
        }
    }

    public static FieldFacts Of(string raw)
    {
        var normalized = TextNormalizer.Normalize(raw);
        string[] raws = [raw];
        return new FieldFacts
        {
            Raw = raws,
            Normalized = ReferenceEquals(normalized, raw) ? raws : [normalized],
            _blank = string.IsNullOrWhiteSpace(normalized) ? 1 : 0,
        };
    }

    public static FieldFacts Of(IReadOnlyList<string> raw)
    {
        if (raw.Count == 1) return Of(raw[0]);
        var normalized = new string[raw.Count];
        for (var i = 0; i < raw.Count; i++) normalized[i] = TextNormalizer.Normalize(raw[i]);
        return new FieldFacts { Raw = [.. raw], Normalized = normalized };
    }

    private static double?[] Parse(string[] normalized)
    {
        if (normalized.Length == 1)
            return TextNormalizer.TryParseNumber(normalized[0], out var single) ? [single] : NoNumber;
        var numbers = new double?[normalized.Length];
        for (var i = 0; i < normalized.Length; i++)
            numbers[i] = TextNormalizer.TryParseNumber(normalized[i], out var n) ? n : null;
        return numbers;
    }
}

/// <summary>
/// The facts of a value <see cref="ValueCache"/> shares between leads, carrying the value's raw JSON text (its key in the
/// cache) inline, and what screens worked out about the value: a cache hit and a screen's verdict read this one object.
/// </summary>
internal sealed class SharedFacts : FieldFacts
{
    /// <summary>The longest raw text kept inline; longer values are not shared.</summary>
    public const int MaxKeyBytes = 48;

    [InlineArray(MaxKeyBytes)]
    private struct KeyBytes
    {
        private byte _first;
    }

    private readonly KeyBytes _key;
    private readonly int _length;

    [SetsRequiredMembers]
    public SharedFacts(FieldFacts values, ReadOnlySpan<byte> key)
        : base(values)
    {
        key.CopyTo(_key);
        _length = key.Length;
    }

    public bool HasKey(ReadOnlySpan<byte> key) => key.SequenceEqual(((ReadOnlySpan<byte>)_key)[.._length]);

    /// <summary>What screens worked out about this value: a short list, newest first.</summary>
    public ScreenMemo? Screens { get; set; }
}
