namespace Switchboard.Application.Routing;

/// <summary>The routing writer's log messages, source-generated; event ids 2001–2002 (ServerLog in the host numbers the rest by area).</summary>
internal static partial class RoutingLog
{
    [LoggerMessage(2001, LogLevel.Warning, "routing group of {Count} commands failed; retrying one by one")]
    public static partial void RoutingGroupFailed(this ILogger log, Exception error, int count);

    [LoggerMessage(2002, LogLevel.Error, "routing command failed")]
    public static partial void RoutingCommandFailed(this ILogger log, Exception error);
}
