namespace Switchboard.Server.Hosting;

/// <summary>The server's log messages, source-generated (no boxing or template parsing per call); event ids by area.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(1001, LogLevel.Information, "Seeded the demo organisation as configuration version {Version}")]
    public static partial void DemoSeeded(this ILogger log, int version);

    // 2001 and 2002 (the routing writer's) are in Switchboard.Application's RoutingLog.

    [LoggerMessage(2003, LogLevel.Error, "batch item {Index} could not be routed")]
    public static partial void BatchItemFailed(this ILogger log, Exception error, int index);

    [LoggerMessage(3001, LogLevel.Error, "unhandled error on {Path}")]
    public static partial void UnhandledError(this ILogger log, Exception error, string path);

    [LoggerMessage(4001, LogLevel.Error, "outbox worker loop failed; retrying")]
    public static partial void OutboxLoopFailed(this ILogger log, Exception error);

    [LoggerMessage(4002, LogLevel.Warning, "delivery of {MessageId} over {Channel} failed (attempt {Attempt}): {Error}{Dead}")]
    public static partial void DeliveryFailed(this ILogger log, string messageId, string channel, int attempt, string error, string dead);

    [LoggerMessage(5001, LogLevel.Error, "timer worker loop failed; retrying")]
    public static partial void TimerLoopFailed(this ILogger log, Exception error);
}
