using System.Globalization;
using System.Text;
using Switchboard.Engine.Conditions;

namespace Switchboard.Engine.Accounts;

/// <summary>
/// Company names in matching form: NFKC and case folding (so width does not matter), legal forms removed
/// (Inc, Ltd, LLC, GmbH, AG, Co., Corp., 株式会社, (株), 주식회사, (주)…), punctuation and spaces dropped.
/// "株式会社 ＡＣＭＥ", "ACME Inc." and "(株)acme" are all "acme".
/// </summary>
internal static class CompanyNames
{
    /// <summary>Written without spaces in CJK names, so removed wherever they appear (after NFKC: ㈱ is "(株)", ㈜ is "(주)").</summary>
    private static readonly string[] CjkForms =
        ["株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "(有)", "(同)", "주식회사", "유한회사", "(주)", "(유)"];

    /// <summary>Latin legal forms, removed as whole words.</summary>
    private static readonly HashSet<string> LatinForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "gmbh", "ag", "kg", "co", "corp", "corporation",
        "company", "plc", "sa", "se", "kk", "ug", "mbh", "ev",
    };

    /// <summary>The matching form; null when nothing but legal forms and punctuation is left.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var text = TextNormalizer.Normalize(name);
        foreach (var form in CjkForms) text = text.Replace(form, " ", StringComparison.Ordinal);
        var words = new StringBuilder(text.Length);
        foreach (var c in text) words.Append(IsWordChar(c) ? c : ' ');
        var kept = new StringBuilder(text.Length);
        foreach (var word in words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!LatinForms.Contains(word)) kept.Append(word);
        return kept.Length == 0 ? null : kept.ToString();
    }

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => char.IsLetterOrDigit(c),
    };
}
