using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Application.Leads;

/// <summary>An engagement event as posted: <c>{type, properties?, at?}</c>, and in the bulk form also <c>leadId</c>.</summary>
public sealed record EventBody(string? LeadId, string? Type, JsonObject? Properties, Instant? At);

/// <summary>Checks posted events and turns them into <see cref="LeadEvent"/>s with fresh ids.</summary>
public static class EventInput
{
    /// <summary>How far in the future an event's <c>at</c> may lie (clock skew of the sender).</summary>
    public static readonly Duration MaxSkew = Duration.FromMinutes(5);

    /// <summary>The event, or null with the errors (paths prefixed with <paramref name="path"/>).</summary>
    public static LeadEvent? Read(EventBody body, string leadId, Instant now, string path, List<ValidationError> errors)
    {
        var before = errors.Count;
        if (string.IsNullOrEmpty(body.Type))
            errors.Add(new(path + "type", $"is required: {EventTypes.Hint}"));
        else if (!EventTypes.IsValid(body.Type))
            errors.Add(new(path + "type", $"\"{body.Type}\" is not {EventTypes.Hint}"));
        if (body.At > now + MaxSkew)
            errors.Add(new(path + "at", "lies in the future; give the time the engagement happened (or leave it out for now)"));
        if (errors.Count > before) return null;
        return new LeadEvent
        {
            Id = "ev_" + Guid.CreateVersion7().ToString("N"), LeadId = leadId, Type = body.Type!, At = body.At ?? now,
            Properties = body.Properties ?? new JsonObject(),
        };
    }
}
