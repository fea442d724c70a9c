using System.Globalization;
using System.Text;

namespace Switchboard.Engine.Conditions;

/// <summary>The matching form of a string: Unicode NFKC, then invariant case folding.</summary>
public static class TextNormalizer
{
    public static string Normalize(string value)
    {
        if (value.Length == 0) return value;
        var nfkc = IsAsciiLowerSafe(value) ? value : value.Normalize(NormalizationForm.FormKC);
        return nfkc.ToLowerInvariant();
    }

    private static bool IsAsciiLowerSafe(string value)
    {
        foreach (var c in value)
            if (c > 0x7E) return false;
        return true;
    }

    public static bool TryParseNumber(string normalized, out double number) =>
        double.TryParse(normalized.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
}
