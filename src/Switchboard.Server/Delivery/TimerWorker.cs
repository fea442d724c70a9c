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
    /// <summary>How far ahead of their due time timers are claimed (they still fire at, never before, it).</summary>
    private static readonly Duration Lookahead = Duration.FromMilliseconds(250);
    private const int BatchSize = 500;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:timers:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await store.ClaimDueTimersAsync(_owner, clock.GetCurrentInstant() + Lookahead, Lease, BatchSize, stoppingToken);
                if (due.Count > 0)
                {
                    await FireOnTimeAsync(due, stoppingToken);
                    continue; // more may have come due meanwhile
                }
                _inFlight.RemoveAll(task => task.IsCompleted);
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

    /// <summary>
    /// Hands each claimed timer to the routing writer at its due time, never before: claiming a little ahead
    /// takes the claim off the critical path, so a burst of timers fires within a commit of being due.
    /// </summary>
    private async Task FireOnTimeAsync(IReadOnlyList<DueTimer> due, CancellationToken ct)
    {
        foreach (var timer in due.OrderBy(t => t.DueAt))
        {
            for (var wait = timer.DueAt - clock.GetCurrentInstant(); wait > Duration.Zero; wait = timer.DueAt - clock.GetCurrentInstant())
                await Task.Delay(wait.ToTimeSpan() + TimeSpan.FromMilliseconds(1), ct);
            _inFlight.Add(writer.SubmitAsync(new FireTimerCommand(timer, _owner)));
        }
        // The next window is claimed while these commit (claimed timers are leased, so nobody takes them twice);
        // only a long backlog of unfinished ones is waited for.
        _inFlight.RemoveAll(task => task.IsCompleted);
        if (_inFlight.Count > MaxInFlight) await Task.WhenAll(_inFlight);
    }

    private const int MaxInFlight = 4 * BatchSize;
    private readonly List<Task<LeadOutcome>> _inFlight = [];

    /// <summary>Until the next timer is within <see cref="Lookahead"/> of due (at most <see cref="Poll"/>).</summary>
    private async Task<TimeSpan> UntilNextAsync(CancellationToken ct) =>
        WorkSignal.Until(await store.NextTimerDueAsync(ct) is { } next ? next - Lookahead : null, clock.GetCurrentInstant(), Poll);
}
