using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Server.Hosting;

/// <summary>
/// Folds the report rollups' whole UTC days into the daily tables (<see cref="ISwitchboardStore.FoldReportDaysAsync"/>) in
/// the background, never in the routing transaction: once at start, then every <see cref="Every"/>. Decisions are appended
/// when they are made, so no hour of a day changes after the day ends plus <see cref="Settle"/>: it folds up to the UTC day
/// of now − <see cref="Settle"/>. The watermark makes several processes safe; <c>Switchboard:ReportFolder=false</c> leaves
/// the folding to the others.
/// </summary>
public sealed partial class ReportFolder(ISwitchboardStore store, IClock clock, ILogger<ReportFolder> log) : BackgroundService
{
    public const string Setting = "Switchboard:ReportFolder";
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);
    public static readonly Duration Settle = Duration.FromHours(1);

    /// <summary>One fold up to the clock's now − <see cref="Settle"/>; returns the watermark (the first UTC day not folded).</summary>
    public Task<Instant> FoldAsync(CancellationToken ct = default) => store.FoldReportDaysAsync(clock.GetCurrentInstant() - Settle, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Folded(log, await FoldAsync(stoppingToken));
                await Task.Delay(Every, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                FoldFailed(log, error);
                await Task.Delay(Every, stoppingToken);
            }
        }
    }

    [LoggerMessage(5201, LogLevel.Debug, "report days folded up to {Watermark}")]
    private static partial void Folded(ILogger log, Instant watermark);

    [LoggerMessage(5202, LogLevel.Error, "report fold failed; retrying later")]
    private static partial void FoldFailed(ILogger log, Exception error);
}

public static class ReportFolderServices
{
    /// <summary>The folder, always resolvable (tests fold with it); run in the background unless <c>Switchboard:ReportFolder=false</c>.</summary>
    public static IServiceCollection AddReportFolder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ReportFolder>();
        if (configuration.GetValue(ReportFolder.Setting, true)) services.AddHostedService(sp => sp.GetRequiredService<ReportFolder>());
        return services;
    }
}
