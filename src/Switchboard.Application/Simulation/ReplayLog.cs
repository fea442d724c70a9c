namespace Switchboard.Application.Simulation;

/// <summary>Log messages of replay jobs, source-generated; event ids 2301–2303.</summary>
internal static partial class ReplayLog
{
    [LoggerMessage(2301, LogLevel.Warning, "replay job {Id} failed")]
    public static partial void ReplayFailed(this ILogger log, Exception error, string id);

    [LoggerMessage(2302, LogLevel.Information, "{Count} replay jobs left open by a stopped server process were marked failed")]
    public static partial void ReplaysAbandoned(this ILogger log, int count);

    [LoggerMessage(2303, LogLevel.Information, "replay job {Id} ended {Status} after {Leads} leads")]
    public static partial void ReplayEnded(this ILogger log, string id, string status, int leads);
}
