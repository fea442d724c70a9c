using System.Globalization;
using System.Text;

namespace Switchboard.Engine.Conditions;

/// <summary>The matching form of a string: Unicode NFKC, then invariant case folding.</summary>
public static class TextNormalizer
{
    public static string Normalize(string value)
    {
        if (value.Length == 0) return value;
        if (TryFastPath(value, out var folded)) return folded;
        return value.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    /// <summary>
    /// Text made only of characters whose NFKC form does not depend on their neighbours: ASCII, Latin-1
    /// letters, CJK ideographs, kana, precomposed Hangul (none of them combine with one another), plus the
    /// full-width forms of ASCII (FF01-FF5E, NFKC maps each to its ASCII character) and the ideographic space
    /// (NFKC: a space). No combining marks, conjoining jamo, half-width kana or other compatibility forms.
    /// Folding such a character is a fixed per-character mapping; returns the same instance when nothing changes.
    /// </summary>
    private static bool TryFastPath(string value, out string folded)
    {
        var first = -1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!IsStable(c))
            {
                folded = value;
                return false;
            }
            if (first < 0 && Fold(c) != c) first = i;
        }
        folded = first < 0 ? value : FoldFrom(value, first);
        return true;
    }

    private static bool IsStable(char c) => c switch
    {
        <= '\u007F' => true,
        >= '\u00C0' and <= '\u00FF' => true, // Latin-1 letters, × and ÷ (not the compatibility characters A0-BF)
        '\u3000' => true, // ideographic space
        >= '\u3041' and <= '\u3096' => true, // hiragana (not the voiced marks 3099-309C)
        >= '\u30A1' and <= '\u30FC' => true, // katakana and ー (not ヿ)
        >= '\u3400' and <= '\u4DBF' => true, // CJK extension A
        >= '\u4E00' and <= '\u9FFF' => true, // CJK unified ideographs (not the compatibility ones)
        >= '\uAC00' and <= '\uD7A3' => true, // precomposed Hangul syllables
        >= '\uFF01' and <= '\uFF5E' => true, // full-width ASCII
        _ => false,
    };

    /// <summary>NFKC then invariant lower case, for one character accepted by <see cref="IsStable"/>.</summary>
    private static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 0x20),
        >= '\u00C0' and <= '\u00DE' and not '\u00D7' => (char)(c + 0x20),
        '\u3000' => ' ',
        >= '\uFF21' and <= '\uFF3A' => (char)(c - 0xFEE0 + 0x20),
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    private static string FoldFrom(string value, int first) => string.Create(value.Length, (value, first), static (span, state) =>
    {
        var (text, start) = state;
        text.AsSpan().CopyTo(span);
        for (var i = start; i < span.Length; i++) span[i] = Fold(span[i]);
    });

    /// <summary>
    /// Parses a normalised value as a number (invariant culture, leading sign, decimal point, exponent,
    /// "Infinity" and "NaN" in any case). Anything whose first non-space character cannot begin one of those
    /// is rejected without parsing.
    /// </summary>
    public static bool TryParseNumber(string normalized, out double number)
    {
        var first = 0;
        while (first < normalized.Length && char.IsWhiteSpace(normalized[first])) first++;
        if (first == normalized.Length || !MayStartNumber(normalized[first]))
        {
            number = 0;
            return false;
        }
        return double.TryParse(normalized.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static bool MayStartNumber(char c) => c is (>= '0' and <= '9') or '+' or '-' or '.' or 'i' or 'I' or 'n' or 'N';
}
