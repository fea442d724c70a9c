using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Work;

/// <summary>What a lead card names a lead by: its person's name, else its email, else its company (the card shows the company beside it).</summary>
public static class LeadWords
{
    public static string? NameOf(Lead lead)
    {
        var person = string.Join(" ", new[] { LeadText.Field(lead, "firstName"), LeadText.Field(lead, "lastName") }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return person.Length > 0 ? person : LeadText.Field(lead, "email") ?? LeadText.Field(lead, "company");
    }
}
