using Switchboard.Application.Live;
using Switchboard.Application.Routing;

namespace Switchboard.Web.Live;

/// <summary>
/// Keeps a page current: once subscribed it calls <c>refresh</c> (what changed between the page's first read and the
/// subscription is not missed), then again whenever a live note of the caller's matters, at most once per
/// <see cref="Pause"/> (a burst of 100 leads a second re-reads four times, not a hundred). Dispose it with the page.
/// </summary>
public sealed class LiveRefresh : IAsyncDisposable
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    private readonly LiveSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LiveRefresh(LiveSubscription subscription, Func<LiveUpdate, bool> matters, Func<IReadOnlyList<LiveUpdate>, Task> refresh)
    {
        _subscription = subscription;
        _loop = RunAsync(matters, refresh, _stop.Token);
    }

    /// <summary>
    /// Starts listening for <paramref name="caller"/>'s notes and refreshes once; <paramref name="matters"/> picks the
    /// notes that change the page. Start it once the page is interactive (not while prerendering).
    /// </summary>
    public static LiveRefresh Start(LiveUpdates live, Caller caller, Func<LiveUpdate, bool> matters, Func<Task> refresh) =>
        Start(live, caller, matters, _ => refresh());

    /// <summary>
    /// As <see cref="Start(LiveUpdates, Caller, Func{LiveUpdate, bool}, Func{Task})"/>, for a page that also reads the
    /// notes themselves (the workspace names who took a lead): <paramref name="refresh"/> gets the notes that mattered since
    /// the last refresh (none on the first), in order, in a list that is only valid during the call.
    /// </summary>
    public static LiveRefresh Start(LiveUpdates live, Caller caller, Func<LiveUpdate, bool> matters, Func<IReadOnlyList<LiveUpdate>, Task> refresh) =>
        new(live.Subscribe(LiveFilters.For(caller)), matters, refresh);

    private async Task RunAsync(Func<LiveUpdate, bool> matters, Func<IReadOnlyList<LiveUpdate>, Task> refresh, CancellationToken ct)
    {
        var read = new List<LiveUpdate>();
        try
        {
            await refresh([]);
            while (await _subscription.WaitToReadAsync(ct))
            {
                var changed = false;
                while (_subscription.TryRead(out var update))
                {
                    if (update.Kind != LiveUpdateKinds.Resync && !matters(update)) continue;
                    read.Add(update);
                    changed = true;
                }
                if (!changed) continue;
                await refresh(read);
                read.Clear();
                await Task.Delay(Pause, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (ObjectDisposedException)
        {
            // The page's circuit went away while it refreshed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _subscription.Dispose();
        await _loop;
        _stop.Dispose();
    }
}
