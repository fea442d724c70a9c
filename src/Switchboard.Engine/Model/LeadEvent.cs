using System.Text.Json.Nodes;
using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>An engagement event of a lead (page visit, email open, seminar attended, campaign reaction, custom).</summary>
public sealed record LeadEvent
{
    public string Id { get; init; } = "";
    public string LeadId { get; init; } = "";
    public string Type { get; init; } = "";
    /// <summary>When it happened (decay counts from here).</summary>
    public Instant At { get; init; }
    /// <summary>Free properties as received (url, campaign, seminar…); conditions read them as <c>event.properties.X</c>.</summary>
    public JsonObject Properties { get; init; } = new();
}

/// <summary>
/// Event type names: the standard ones below and any custom name of 1 to 64 characters of A-Z, a-z, 0-9,
/// '.', '_' or '-' (for example <c>custom</c> or <c>webinar_registered</c>).
/// </summary>
public static class EventTypes
{
    public const string PageVisit = "page_visit";
    public const string EmailOpen = "email_open";
    public const string SeminarAttended = "seminar_attended";
    public const string CampaignReaction = "campaign_reaction";
    public const string Custom = "custom";
    public static readonly string[] Standard = [PageVisit, EmailOpen, SeminarAttended, CampaignReaction, Custom];

    public static bool IsValid(string? type) => Validation.IdRules.IsValid(type);

    public const string Hint = "an event type such as page_visit, email_open, seminar_attended, campaign_reaction or a custom name of A-Z, a-z, 0-9, '.', '_', '-' (at most 64)";
}
