using System.Text.Json;
using NodaTime;

namespace Switchboard.Application.Live;

/// <summary>
/// Brings the changes other processes commit to this process's subscribers: one listening connection (PostgreSQL
/// LISTEN), opened again after a failure with backoff (half a second, doubling up to 30 s). Notes may have been missed
/// while it was not listening, so once it listens again it publishes a resync note. Nothing to do on SQLite.
/// </summary>
public sealed class LiveRelay(Storage.ISwitchboardStore store, LiveUpdates live, ConfigService configs, IClock clock, ILogger<LiveRelay> log)
    : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(15);
    /// <summary>How long a start waits for the first LISTEN (the database may be down; listening then goes on trying).</summary>
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _listening;

    /// <summary>True while this process hears the others (always on SQLite, where there are none).</summary>
    public bool Listening => !store.Notifies || _listening;

    /// <summary>Starts listening and waits (a while) until it listens, so a process is ready only once it hears the others.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        if (store.Notifies) await Task.WhenAny(_firstListen.Task, Task.Delay(StartPatience, cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.Notifies) return;
        var delay = FirstDelay;
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.ListenAsync(Received, () =>
                {
                    _listening = true;
                    _firstListen.TrySetResult();
                    delay = FirstDelay;
                    if (!lost) return;
                    // A configuration saved meanwhile was not heard of: the claim boards follow the newest.
                    _ = RememberNewestConfigAsync();
                    live.Publish([LiveUpdate.Resync(clock.GetCurrentInstant())]);
                }, Probe, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                _listening = false;
                lost = true;
                log.LiveListenFailed(error, delay);
                await Task.Delay(delay, stoppingToken);
                delay = delay * 2 > LongestDelay ? LongestDelay : delay * 2;
            }
        }
    }

    /// <summary>On the connection's thread: a payload of another process is published here (this process's own are not).</summary>
    private void Received(string payload)
    {
        try
        {
            var (origin, updates) = LiveWire.Decode(payload);
            if (origin == live.Origin) return;
            if (updates.Any(u => u.Kind == LiveUpdateKinds.ConfigChanged)) _ = RememberNewestConfigAsync();
            live.Publish(updates);
        }
        catch (JsonException error)
        {
            log.LivePayloadUnreadable(error);
        }
    }

    /// <summary>Another process saved a configuration (or may have, while this one was not listening): the hub's claim board membership follows it.</summary>
    private async Task RememberNewestConfigAsync()
    {
        try
        {
            live.Remember(await configs.CurrentAsync());
        }
        catch (Exception error)
        {
            log.LiveConfigUnread(error);
        }
    }
}
