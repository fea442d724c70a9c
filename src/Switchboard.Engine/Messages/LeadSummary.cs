using Switchboard.Engine.Model;

namespace Switchboard.Engine.Messages;

/// <summary>The default notification text: the lead's key facts (name, company, email, region, score, owner) and its link.</summary>
internal static class LeadSummary
{
    public static string Subject(Lead lead) =>
        Field(lead, "company") is { } company && company != LeadText.DisplayName(lead)
            ? $"Lead: {LeadText.DisplayName(lead)} ({company})"
            : $"Lead: {LeadText.DisplayName(lead)}";

    public static string Text(Lead lead, Rep? owner, string publicUrl)
    {
        var lines = new List<string> { Subject(lead) };
        Add(lines, "Company", Field(lead, "company"));
        Add(lines, "Email", Field(lead, "email"));
        Add(lines, "Region", Field(lead, "region"));
        Add(lines, "Score", LeadText.Field(lead, "score") + (lead.Grade is { } grade ? $" ({grade})" : ""));
        Add(lines, "Owner", owner is null ? lead.OwnerId ?? "nobody yet" : $"{owner.Name} ({owner.Id})");
        lines.Add(LeadText.Link(lead, publicUrl));
        return string.Join("\n", lines);
    }

    private static string? Field(Lead lead, string field) =>
        LeadText.Field(lead, field) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static void Add(List<string> lines, string label, string? value)
    {
        if (value is not null) lines.Add($"{label}: {value}");
    }
}
