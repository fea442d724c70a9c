using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Intake;

/// <summary>What a submission is matched on for de-duplication: its external id and contact keys (null = not matched on).</summary>
public sealed record ContactMatch(string? ExternalId, string? Email, string? Phone)
{
    /// <summary>What a duplicate matched on, best first: an external id beats an email, an email beats a phone.</summary>
    public static readonly IReadOnlyList<string> Kinds = [MatchedBy.ExternalId, MatchedBy.Email, MatchedBy.Phone];

    public bool IsEmpty => ExternalId is null && Email is null && Phone is null;

    /// <summary>The keys of a submission's (or a lead's) external id and data.</summary>
    public static ContactMatch Of(string? externalId, JsonObject data) => new(externalId, ContactKeys.Email(data), ContactKeys.Phone(data));

    /// <summary>The best kind of match between these keys and a lead's (an index into <see cref="Kinds"/>), or null.</summary>
    public int? KindOf(Lead lead)
    {
        if (ExternalId is not null && lead.ExternalId == ExternalId) return 0;
        if (Email is not null && ContactKeys.Email(lead.Data) == Email) return 1;
        if (Phone is not null && ContactKeys.Phone(lead.Data) == Phone) return 2;
        return null;
    }
}

/// <summary>The names of what a duplicate matched on, as decisions and answers say them.</summary>
public static class MatchedBy
{
    public const string ExternalId = "externalId";
    public const string Email = "email";
    public const string Phone = "phone";
}
