using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Live;

/// <summary>
/// The live updates of this process: changes are published here after they are committed, and every subscriber (an
/// open console, a <c>GET /api/changes</c> stream) gets the notes its filter lets through. Changes committed by other
/// processes sharing the database arrive through <see cref="LiveRelay"/>; those committed here are sent to them from
/// the committing transaction (<see cref="SendInAsync"/>) or right after the commit (<see cref="ShareAsync"/>).
/// </summary>
public sealed class LiveUpdates(ISwitchboardStore store, IClock clock, ILogger<LiveUpdates> log)
{
    /// <summary>How many unread notes a subscriber may have before it is told to resync instead.</summary>
    public const int Capacity = 256;

    private readonly Lock _gate = new();
    private readonly List<LiveSubscription> _subscribers = [];
    private CompiledConfig _config = CompiledConfig.Compile(new RoutingConfig());
    private long _seq;

    /// <summary>Who this process is in notes sent to the others (they ignore their own).</summary>
    public string Origin { get; } = Guid.NewGuid().ToString("N");

    /// <summary>True when changes go to other processes too (PostgreSQL); SQLite keeps them in this process.</summary>
    public bool SendsToOthers => store.Notifies;

    public int Subscribers
    {
        get { lock (_gate) return _subscribers.Count; }
    }

    public LiveSubscription Subscribe(LiveFilter filter, int capacity = Capacity)
    {
        var subscription = new LiveSubscription(filter, capacity, Unsubscribe);
        lock (_gate) _subscribers.Add(subscription);
        return subscription;
    }

    /// <summary>
    /// Hands committed changes to this process's subscribers, numbered in order. <paramref name="config"/> is the
    /// configuration they were made under (claim board membership); when null, the newest this hub was given.
    /// </summary>
    public void Publish(IReadOnlyList<LiveUpdate> updates, CompiledConfig? config = null)
    {
        if (updates.Count == 0) return;
        var now = clock.GetCurrentInstant();
        lock (_gate)
        {
            if (config is not null) Remember(config);
            foreach (var update in updates)
            {
                var numbered = update with { Seq = ++_seq };
                foreach (var subscriber in _subscribers) subscriber.Offer(numbered, config ?? _config, now);
            }
        }
    }

    /// <summary>The newest configuration this hub knows of: what filters see with notes published without one.</summary>
    public void Remember(CompiledConfig config)
    {
        lock (_gate)
            if (config.Version >= _config.Version) _config = config;
    }

    /// <summary>Sends the notes to the other processes when (and only if) the transaction commits.</summary>
    public Task SendInAsync(IRoutingTransaction tx, IReadOnlyList<LiveUpdate> updates, CancellationToken ct) =>
        store.Notifies && updates.Count > 0 ? tx.NotifyAsync(LiveWire.Encode(Origin, updates), ct) : Task.CompletedTask;

    /// <summary>
    /// Publishes changes committed outside the routing writer here and sends them to the other processes. The change is
    /// committed already, so a failure to send is logged, not thrown: the others miss these notes.
    /// </summary>
    public async Task ShareAsync(IReadOnlyList<LiveUpdate> updates, CompiledConfig? config = null)
    {
        Publish(updates, config);
        if (!store.Notifies || updates.Count == 0) return;
        try
        {
            await store.NotifyAsync(LiveWire.Encode(Origin, updates));
        }
        catch (Exception error)
        {
            log.LiveShareFailed(error, updates.Count);
        }
    }

    private void Unsubscribe(LiveSubscription subscription)
    {
        lock (_gate) _subscribers.Remove(subscription);
    }
}
