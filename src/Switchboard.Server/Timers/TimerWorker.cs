using Switchboard.Application.Timers;
using Switchboard.Application;
using NodaTime;
using Switchboard.Server.Delivery;
using Switchboard.Server.Hosting;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Timers;

/// <summary>
/// Fires durable timers (delayed actions, SLA deadlines, claim windows, queue re-checks): leases due
/// timers, and hands each to the routing writer, which deletes the timer and runs its effect in one
/// transaction — so a timer fires exactly once, also after a restart, and overdue timers fire at once.
/// Sleeps until the next due time (at most <see cref="Poll"/>, to see timers other processes wrote).
/// All timing reads the injected clock, so a fake clock drives it: advance it and await <see cref="AllDueFiredAsync"/>.
/// </summary>
public sealed class TimerWorker(ISwitchboardStore store, RoutingWriter writer, WorkSignals signals, IClock clock, ILogger<TimerWorker> log)
    : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly Duration Lease = Duration.FromSeconds(30);
    /// <summary>How far ahead of their due time timers are claimed (they still fire at, never before, it).</summary>
    private static readonly Duration Lookahead = Duration.FromMilliseconds(250);
    private const int ClaimLimit = 500;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:timers:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = Interlocked.Increment(ref _pass);
                var due = await store.ClaimDueTimersAsync(_owner, clock.GetCurrentInstant() + Lookahead, Lease, ClaimLimit, stoppingToken);
                if (due.Count > 0)
                {
                    await FireOnTimeAsync(due, pass, stoppingToken);
                    continue; // more may have come due meanwhile
                }
                ReleaseWaiters(pass);
                _inFlight.RemoveAll(task => task.IsCompleted);
                await signals.Timers.WaitAsync(await UntilNextAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                log.TimerLoopFailed(error);
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Hands each claimed timer to the routing writer at its due time, never before: claiming a little ahead
    /// takes the claim off the critical path, so a burst of timers fires within a commit of being due.
    /// </summary>
    private async Task FireOnTimeAsync(IReadOnlyList<DueTimer> due, long pass, CancellationToken ct)
    {
        foreach (var timer in due.OrderBy(t => t.DueAt))
        {
            for (var wait = timer.DueAt - clock.GetCurrentInstant(); wait > Duration.Zero; wait = timer.DueAt - clock.GetCurrentInstant())
            {
                // Every timer due by now was claimed by this pass (unless the batch was full) and handed over above.
                if (due.Count < ClaimLimit) ReleaseWaiters(pass);
                await signals.Timers.WaitAsync(wait.ToTimeSpan() + TimeSpan.FromMilliseconds(1), ct);
            }
            _inFlight.Add(writer.SubmitAsync(new FireTimerCommand(timer, _owner)));
        }
        // The next window is claimed while these commit (claimed timers are leased, so nobody takes them twice);
        // only a long backlog of unfinished ones is waited for.
        _inFlight.RemoveAll(task => task.IsCompleted);
        if (_inFlight.Count > MaxInFlight) await Task.WhenAll(_inFlight);
    }

    private const int MaxInFlight = 4 * ClaimLimit;
    private readonly List<Task<LeadOutcome>> _inFlight = [];

    private long _pass;
    private readonly List<(long RegisteredIn, TaskCompletionSource Done)> _waiters = [];

    /// <summary>
    /// Completes once every timer due by the clock's current time has fired (its effect committed): a pass that
    /// began after this call found none left to claim, or is waiting for one claimed ahead that is not due yet,
    /// and the commands it handed over have finished. For tests that drive the worker with a fake clock instead
    /// of sleeping. Caveat: a fake clock stopped less than <see cref="Lookahead"/> short of a due time can leave the
    /// pass that was running at the call waiting for that timer, so such a call completes only once the clock moves on.
    /// </summary>
    public Task AllDueFiredAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters) _waiters.Add((Interlocked.Read(ref _pass), done));
        signals.Timers.Poke();
        return done.Task;
    }

    /// <summary>Completes the waiters registered before <paramref name="pass"/> began, once the timers in flight have fired.</summary>
    private void ReleaseWaiters(long pass)
    {
        List<TaskCompletionSource> ready;
        lock (_waiters)
        {
            if (_waiters.Count == 0) return;
            ready = [.. _waiters.Where(w => w.RegisteredIn < pass).Select(w => w.Done)];
            _waiters.RemoveAll(w => w.RegisteredIn < pass);
        }
        if (ready.Count == 0) return;
        _ = Task.WhenAll(_inFlight).ContinueWith(fired =>
        {
            foreach (var done in ready)
            {
                if (fired.Exception is { } error) done.TrySetException(error.InnerExceptions);
                else done.TrySetResult();
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Until the next timer is within <see cref="Lookahead"/> of due (at most <see cref="Poll"/>).</summary>
    private async Task<TimeSpan> UntilNextAsync(CancellationToken ct) =>
        WorkSignal.Until(await store.NextTimerDueAsync(ct) is { } next ? next - Lookahead : null, clock.GetCurrentInstant(), Poll);
}
