namespace Switchboard.Storage;

/// <summary>A write broke a unique constraint (for example a second lead with the same idempotency key).</summary>
public sealed class DuplicateKeyException(string message, Exception inner) : Exception(message, inner);
