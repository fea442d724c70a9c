using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>
/// Signed generic webhooks: X-Switchboard-Signature is "sha256=" + hex HMAC-SHA256 of the exact raw
/// body with the webhook's secret; X-Switchboard-Timestamp is the Unix time of this attempt.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory clients, IClock clock) : IMessageChannel
{
    public string Name => Channels.Webhook;

    public Task DeliverAsync(OutboxItem message, CancellationToken ct)
    {
        var body = message.Payload["body"]?.ToJsonString() ?? "{}";
        var secret = message.Payload["secret"]?.GetValue<string>();
        var timestamp = clock.GetCurrentInstant().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return HttpPost.SendAsync(clients, message, SlackChannel.Required(message, "url"), body, headers =>
        {
            headers.Add(DeliveryHeaders.Timestamp, timestamp);
            if (secret is { Length: > 0 }) headers.Add(DeliveryHeaders.Signature, Sign(secret, body));
        }, ct);
    }

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
