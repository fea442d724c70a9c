using System.Globalization;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Leads;

/// <summary>
/// How the console names a lead on every page: its person's name, family name first for a name written in Chinese
/// characters, kana or Hangul and for a Korean or Japanese reader, else its company, else its email, else its id.
/// </summary>
public static class LeadName
{
    public static string Of(string? firstName, string? lastName, string? company, string? fallback, CultureInfo culture)
    {
        var familyFirst = culture.TwoLetterISOLanguageName is "ko" or "ja" || IsEastAsian(firstName) || IsEastAsian(lastName);
        var parts = (familyFirst ? new[] { lastName, firstName } : [firstName, lastName]).Where(part => !string.IsNullOrWhiteSpace(part));
        var name = string.Join(" ", parts);
        return name.Length > 0 ? name : !string.IsNullOrWhiteSpace(company) ? company : fallback ?? "";
    }

    public static string Of(Lead lead, CultureInfo culture) => Of(
        LeadText.Field(lead, "firstName"), LeadText.Field(lead, "lastName"), LeadText.Field(lead, "company"),
        LeadText.Field(lead, "email") is { Length: > 0 } email ? email : lead.Id, culture);

    /// <summary>Written in Chinese characters, kana or Hangul, whose names put the family first.</summary>
    private static bool IsEastAsian(string? name) => name is not null && name.Any(c =>
        c is >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' // CJK ideographs
            or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\uAC00' and <= '\uD7AF'); // Hangul
}
