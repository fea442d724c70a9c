namespace Switchboard.Application.Live;

/// <summary>Log messages of live updates, source-generated; event ids 2101–2104.</summary>
internal static partial class LiveLog
{
    [LoggerMessage(2101, LogLevel.Warning, "could not send {Count} live updates to the other processes")]
    public static partial void LiveShareFailed(this ILogger log, Exception error, int count);

    [LoggerMessage(2102, LogLevel.Warning, "listening for the other processes' live updates failed; listening again in {Delay}")]
    public static partial void LiveListenFailed(this ILogger log, Exception error, TimeSpan delay);

    [LoggerMessage(2103, LogLevel.Warning, "a live update payload could not be read and was ignored")]
    public static partial void LivePayloadUnreadable(this ILogger log, Exception error);

    [LoggerMessage(2104, LogLevel.Warning, "could not read the configuration another process saved")]
    public static partial void LiveConfigUnread(this ILogger log, Exception error);
}
