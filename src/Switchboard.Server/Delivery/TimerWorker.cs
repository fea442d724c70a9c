using NodaTime;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>
/// Fires durable timers (delayed actions, SLA deadlines, claim windows, queue re-checks): leases due
/// timers, and hands each to the routing writer, which deletes the timer and runs its effect in one
/// transaction — so a timer fires exactly once, also after a restart, and overdue timers fire at once.
/// Sleeps until the next due time (at most <see cref="Poll"/>, to see timers other processes wrote).
/// </summary>
public sealed class TimerWorker(ISwitchboardStore store, RoutingWriter writer, WorkSignals signals, IClock clock, ILogger<TimerWorker> log)
    : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly Duration Lease = Duration.FromSeconds(30);
    private const int BatchSize = 500;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:timers:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await store.ClaimDueTimersAsync(_owner, clock.GetCurrentInstant(), Lease, BatchSize, stoppingToken);
                if (due.Count > 0)
                {
                    var fired = due.Select(timer => writer.SubmitAsync(new FireTimerCommand(timer, _owner))).ToList();
                    await Task.WhenAll(fired);
                    if (due.Count == BatchSize) continue;
                }
                await signals.Timers.WaitAsync(await UntilNextAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                log.LogError(error, "timer worker loop failed; retrying");
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }

    private async Task<TimeSpan> UntilNextAsync(CancellationToken ct) =>
        WorkSignal.Until(await store.NextTimerDueAsync(ct), clock.GetCurrentInstant(), Poll);
}
