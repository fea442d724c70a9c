namespace Switchboard.Application;

/// <summary>
/// Wakes a background worker early: the routing writer pokes it after committing new timers or
/// messages, so nothing waits for the next poll.
/// </summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Poke()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    /// <summary>
    /// How long a worker sleeps before looking again: until <paramref name="next"/> is due, at most
    /// <paramref name="poll"/> (to see rows other processes wrote), at least 20 ms (a due row leased by
    /// another worker must not turn the loop into a spin).
    /// </summary>
    public static TimeSpan Until(NodaTime.Instant? next, NodaTime.Instant now, TimeSpan poll)
    {
        if (next is null) return poll;
        var wait = (next.Value - now).ToTimeSpan();
        return wait < MinWait ? MinWait : wait < poll ? wait : poll;
    }

    private static readonly TimeSpan MinWait = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits until poked or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) =>
        timeout <= TimeSpan.Zero ? Task.CompletedTask : _signal.WaitAsync(timeout, ct);
}

/// <summary>The signals of this process's workers.</summary>
public sealed class WorkSignals
{
    public WorkSignal Outbox { get; } = new();
    public WorkSignal Timers { get; } = new();
}
