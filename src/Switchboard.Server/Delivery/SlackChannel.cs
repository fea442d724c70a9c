using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>Slack-compatible incoming webhooks: the rendered Slack JSON is POSTed to the webhook URL.</summary>
public sealed class SlackChannel(IHttpClientFactory clients) : IMessageChannel
{
    public string Name => Channels.Slack;

    public Task DeliverAsync(OutboxItem message, CancellationToken ct) =>
        HttpPost.SendAsync(clients, message, Required(message, "url"), message.Payload["body"]?.ToJsonString() ?? "{}", null, ct);

    internal static string Required(OutboxItem message, string key) =>
        message.Payload[key]?.GetValue<string>() ?? throw new InvalidOperationException($"outbox message {message.Id} has no {key}");
}
