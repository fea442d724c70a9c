using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Work;

/// <summary>What a lead card names a lead by: its person's name, else its email, else its company.</summary>
public static class LeadWords
{
    public static string? Field(Lead lead, string name) => lead.Data[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)lead.Data[name] : null;

    public static string? NameOf(Lead lead)
    {
        var person = string.Join(" ", new[] { Field(lead, "firstName"), Field(lead, "lastName") }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return person.Length > 0 ? person : Field(lead, "email") ?? Field(lead, "company");
    }
}
