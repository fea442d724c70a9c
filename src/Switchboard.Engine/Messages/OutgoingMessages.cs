using System.Text.Json.Nodes;
using NodaTime.Text;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Messages;

/// <summary>Builds outbox messages in the payload shapes of <see cref="OutgoingMessage"/>.</summary>
public static class OutgoingMessages
{
    /// <summary>slack: {url, body: {text}}.</summary>
    public static OutgoingMessage Slack(string url, string text, string? leadId) =>
        new(Channels.Slack, leadId, new JsonObject { ["url"] = url, ["body"] = new JsonObject { ["text"] = text } });

    /// <summary>webhook: {url, secret, body: {event, at, lead: {…snapshot…}, ownerId, workflowId, text?}}.</summary>
    public static OutgoingMessage Webhook(Evaluation ev, string url, string? secret, string? workflowId, string? text)
    {
        var body = new JsonObject
        {
            ["event"] = ev.RunningTrigger,
            ["at"] = InstantPattern.ExtendedIso.Format(ev.Now),
            ["lead"] = LeadText.Snapshot(ev.Lead, ev.Config.PublicUrl),
            ["ownerId"] = ev.Lead.OwnerId,
            ["workflowId"] = workflowId,
        };
        if (text is not null) body["text"] = text;
        return new(Channels.Webhook, ev.Lead.Id, new JsonObject { ["url"] = url, ["secret"] = secret, ["body"] = body });
    }

    /// <summary>email: {to: [addresses], subject, text, replyTo?, fromName?}.</summary>
    public static OutgoingMessage Email(
        IEnumerable<string> to, string subject, string text, string? leadId, string? replyTo = null, string? fromName = null)
    {
        var payload = new JsonObject
        {
            ["to"] = new JsonArray([.. to.Select(address => (JsonNode)JsonValue.Create(address))]),
            ["subject"] = subject,
            ["text"] = text,
        };
        if (replyTo is not null) payload["replyTo"] = replyTo;
        if (fromName is not null) payload["fromName"] = fromName;
        return new(Channels.Email, leadId, payload);
    }
}
