using System.Threading.Channels;
using NodaTime;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Live;

/// <summary>
/// One subscriber's notes, in publishing order, through a bounded channel: a reader that falls
/// <see cref="LiveUpdates.Capacity"/> notes behind loses what it had not read and finds one resync note instead, so it
/// never holds up the publisher nor grows memory. Dispose it to unsubscribe.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly Channel<LiveUpdate> _notes;
    private readonly LiveFilter _filter;
    private readonly Action<LiveSubscription> _unsubscribe;

    internal LiveSubscription(LiveFilter filter, int capacity, Action<LiveSubscription> unsubscribe)
    {
        _filter = filter;
        _unsubscribe = unsubscribe;
        _notes = Channel.CreateBounded<LiveUpdate>(new BoundedChannelOptions(capacity)
        {
            SingleWriter = true, // the hub writes under its lock
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The notes as they come, until <paramref name="ct"/> is cancelled or the subscription is disposed.</summary>
    public IAsyncEnumerable<LiveUpdate> ReadAllAsync(CancellationToken ct = default) => _notes.Reader.ReadAllAsync(ct);

    /// <summary>Waits until a note is there to read (false once disposed).</summary>
    public ValueTask<bool> WaitToReadAsync(CancellationToken ct = default) => _notes.Reader.WaitToReadAsync(ct);

    /// <summary>The next note if one is there.</summary>
    public bool TryRead(out LiveUpdate update) => _notes.Reader.TryRead(out update!);

    /// <summary>Under the hub's lock: offers a note; when the reader is too far behind, its backlog becomes one resync note.</summary>
    internal void Offer(LiveUpdate update, CompiledConfig config, Instant now)
    {
        if (_filter(update, config) is not { } visible || _notes.Writer.TryWrite(visible)) return;
        while (_notes.Reader.TryRead(out _))
        {
        }
        _notes.Writer.TryWrite(LiveUpdate.Resync(now) with { Seq = update.Seq });
    }

    public void Dispose()
    {
        _notes.Writer.TryComplete();
        _unsubscribe(this);
    }
}
