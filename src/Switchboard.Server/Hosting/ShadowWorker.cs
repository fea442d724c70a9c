using Switchboard.Application.Shadow;

namespace Switchboard.Server.Hosting;

/// <summary>
/// Routes the shadow run's new leads in the background, never inside intake and never under the routing lock
/// (<see cref="ShadowRunner"/>): step after step while full batches wait; after a step that found fewer, it lets
/// <see cref="Pace"/> pass so the next one finds a batch's worth gathered (a few larger steps a second instead of one per
/// group commit); with nothing found it looks again after <see cref="Poll"/>, when a run is started here, or when this
/// process's intake hands the feed its next leads (<see cref="ShadowFeed.WakeOnArrival"/>, once per idle spell). It is
/// not woken for every lead: that cost intake more than the shadow's own routing did.
/// </summary>
public sealed partial class ShadowWorker(ShadowRunner runner, ShadowService shadow, ShadowFeed feed, ILogger<ShadowWorker> log) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    /// <summary>The gap after a step that routed less than a full batch.</summary>
    public static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(250);

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:shadow:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var step = await runner.StepAsync(_owner, stoppingToken);
                if (step.Routed == ShadowRunner.Batch) continue;
                if (step is { Running: true, Routed: 0 }) feed.WakeOnArrival(shadow.Wakes);
                await shadow.Wakes.WaitAsync(step.Routed > 0 ? Pace : Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                StepFailed(log, error);
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }

    [LoggerMessage(5101, LogLevel.Error, "shadow worker step failed; retrying")]
    private static partial void StepFailed(ILogger log, Exception error);
}
