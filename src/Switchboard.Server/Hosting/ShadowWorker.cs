using Switchboard.Application;
using Switchboard.Application.Live;
using Switchboard.Application.Shadow;

namespace Switchboard.Server.Hosting;

/// <summary>
/// Routes the shadow run's new leads in the background, never inside intake and never under the routing lock
/// (<see cref="ShadowRunner"/>): step after step while full batches wait, then asleep until a lead is created (a live
/// note, from this process or, on PostgreSQL, another), a run is started here, or <see cref="Poll"/> passes. (Gathering
/// 250 ms of leads into one larger step was tried: on SQLite its longer write transactions held intake up more.) While a run is
/// running it listens to the live notes; without one it does not, so intake makes no notes for it.
/// </summary>
public sealed partial class ShadowWorker(ShadowRunner runner, ShadowService shadow, LiveUpdates live, ILogger<ShadowWorker> log) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:shadow:{Guid.NewGuid():N}";
    private LiveSubscription? _arrivals;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var step = await runner.StepAsync(_owner, stoppingToken);
                    Listen(step.Running, stoppingToken);
                    if (step.Routed == ShadowRunner.Batch) continue;
                    await shadow.Wakes.WaitAsync(Poll, stoppingToken);
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
        finally
        {
            _arrivals?.Dispose();
        }
    }

    /// <summary>Subscribes to lead.created notes while a run is running (each wakes the worker), and lets go otherwise.</summary>
    private void Listen(bool running, CancellationToken ct)
    {
        if (running == _arrivals is not null) return;
        if (!running)
        {
            _arrivals!.Dispose();
            _arrivals = null;
            return;
        }
        var arrivals = _arrivals = live.Subscribe((update, _) => update.Kind is LiveUpdateKinds.LeadCreated or LiveUpdateKinds.Resync ? update : null);
        _ = Task.Run(async () =>
        {
            await foreach (var _ in arrivals.ReadAllAsync(ct)) shadow.Wakes.Poke();
        }, ct).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    [LoggerMessage(5101, LogLevel.Error, "shadow worker step failed; retrying")]
    private static partial void StepFailed(ILogger log, Exception error);
}
