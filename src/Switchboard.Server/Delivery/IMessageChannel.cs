using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>One way of delivering outbox messages (slack, webhook, email). Throws when delivery failed.</summary>
public interface IMessageChannel
{
    string Name { get; }
    Task DeliverAsync(OutboxItem message, CancellationToken ct);
}

/// <summary>Headers every HTTP delivery carries, so receivers can verify and de-duplicate.</summary>
public static class DeliveryHeaders
{
    public const string MessageId = "X-Switchboard-Message-Id";
    public const string Signature = "X-Switchboard-Signature";
    public const string Timestamp = "X-Switchboard-Timestamp";
    public const string Idempotency = "Idempotency-Key";
}
