namespace Switchboard.Server.Delivery;

/// <summary>
/// The outbox lanes' rounds (claim, deliver, record), numbered as they begin, and who waits for the outbox to be
/// quiet: a waiter is released once a round that began after it claimed less than a full batch (so nothing due
/// was left unclaimed) and no round is running any more (so everything claimed has been recorded).
/// </summary>
public sealed class DeliveryRounds
{
    private readonly object _gate = new();
    private readonly List<(long RegisteredAfter, TaskCompletionSource Done)> _waiters = [];
    private long _begun;
    private long _lastQuiet;
    private int _running;

    public long Begin()
    {
        lock (_gate)
        {
            _running++;
            return ++_begun;
        }
    }

    /// <summary>Ends a round; <paramref name="quiet"/> when it succeeded and claimed less than a full batch.</summary>
    public void End(long round, bool quiet)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _running--;
            if (quiet) _lastQuiet = Math.Max(_lastQuiet, round);
            if (_running > 0) return;
            ready = [.. _waiters.Where(w => w.RegisteredAfter < _lastQuiet).Select(w => w.Done)];
            _waiters.RemoveAll(w => w.RegisteredAfter < _lastQuiet);
        }
        foreach (var done in ready) done.TrySetResult();
    }

    public Task WaitForQuiet()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _waiters.Add((_begun, done));
        return done.Task;
    }
}
