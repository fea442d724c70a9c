using System.Globalization;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Home;

/// <summary>
/// How a lead is named to a person: its name in the order of the reader's language (family name first in Korean and
/// Japanese), else its company, else its email, else its id.
/// </summary>
public static class LeadName
{
    public static string Of(string? firstName, string? lastName, string? company, string? fallback, CultureInfo culture)
    {
        var familyFirst = culture.TwoLetterISOLanguageName is "ko" or "ja";
        var parts = (familyFirst ? new[] { lastName, firstName } : [firstName, lastName]).Where(part => !string.IsNullOrWhiteSpace(part));
        var name = string.Join(" ", parts);
        return name.Length > 0 ? name : !string.IsNullOrWhiteSpace(company) ? company : fallback ?? "";
    }

    public static string Of(Lead lead, CultureInfo culture) => Of(
        LeadText.Field(lead, "firstName"), LeadText.Field(lead, "lastName"), LeadText.Field(lead, "company"),
        LeadText.Field(lead, "email") ?? lead.Id, culture);
}
