using Switchboard.Application;
using Switchboard.Application.Live;
using NodaTime;
using Switchboard.Server.Hosting;
using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>
/// Delivers committed outbox messages: claims due ones with a lease (so several processes share the
/// work without sending anything twice while a lease holds), delivers each through its channel, and
/// records success, a retry time with exponential backoff and jitter, or the dead-letter state once
/// the message has been failing longer than GiveUpAfter. All timing reads the injected clock, so a fake clock
/// drives retries too: advance it and await <see cref="AllDueDeliveredAsync"/>.
/// </summary>
public sealed class OutboxWorker(
    ISwitchboardStore store, IEnumerable<IMessageChannel> channels, OutboxOptions options, WorkSignals signals,
    IClock clock, LiveUpdates live, ILogger<OutboxWorker> log) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:outbox";
    private readonly Dictionary<string, IMessageChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Lanes)).Select(_ => Task.Run(() => LaneAsync(stoppingToken), stoppingToken)));

    /// <summary>One delivery loop; a full round wakes another lane, since more messages are likely waiting.</summary>
    private async Task LaneAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RoundAsync(stoppingToken)) continue;
                await signals.Outbox.WaitAsync(await UntilNextAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                log.OutboxLoopFailed(error);
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }

    /// <summary>Claims due messages, delivers them and records the outcomes; true when it claimed a full batch.</summary>
    private async Task<bool> RoundAsync(CancellationToken stoppingToken)
    {
        var round = _rounds.Begin();
        var quiet = false;
        try
        {
            var due = await store.ClaimDueOutboxAsync(_owner, clock.GetCurrentInstant(), Duration.FromTimeSpan(options.Lease), options.ClaimLimit, stoppingToken);
            var full = due.Count == options.ClaimLimit;
            if (full) signals.Outbox.Poke();
            var delivered = new System.Collections.Concurrent.ConcurrentBag<long>();
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = stoppingToken },
                async (message, ct) => { if (await DeliverAsync(message, ct)) delivered.Add(message.Id); });
            // One write marks the whole round delivered (on SQLite a commit per message was the bottleneck).
            await store.MarkOutboxDeliveredAsync([.. delivered], _owner, clock.GetCurrentInstant(), CancellationToken.None);
            quiet = !full;
            return full;
        }
        finally
        {
            _rounds.End(round, quiet);
        }
    }

    private readonly DeliveryRounds _rounds = new();

    /// <summary>
    /// Completes once every message due by the clock's current time has been attempted (delivered, or its failure
    /// recorded with its next attempt or dead-letter state). For tests that drive the worker with a fake clock.
    /// </summary>
    public Task AllDueDeliveredAsync()
    {
        var done = _rounds.WaitForQuiet();
        signals.Outbox.Poke();
        return done;
    }

    private async Task<TimeSpan> UntilNextAsync(CancellationToken ct) =>
        WorkSignal.Until(await store.NextOutboxDueAsync(ct), clock.GetCurrentInstant(), Poll);

    /// <summary>Delivers one message; true when it arrived (marked with its round), false after recording the failure.</summary>
    private async Task<bool> DeliverAsync(OutboxItem message, CancellationToken ct)
    {
        try
        {
            if (!_channels.TryGetValue(message.Channel, out var channel)) throw new InvalidOperationException($"unknown channel '{message.Channel}'");
            await channel.DeliverAsync(message, ct);
            return true;
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            var now = clock.GetCurrentInstant();
            var next = now + Duration.FromTimeSpan(options.DelayFor(message.Attempts + 1));
            var giveUp = next > message.CreatedAt + Duration.FromTimeSpan(options.GiveUpAfter);
            log.DeliveryFailed(message.MessageId, message.Channel, message.Attempts + 1, error.Message, giveUp ? "; moved to the dead-letter list" : "");
            await store.MarkOutboxFailedAsync(message.Id, _owner, error.Message, giveUp ? null : next, CancellationToken.None);
            if (giveUp) await live.ShareAsync([new LiveUpdate(LiveUpdateKinds.MessageDead) { At = now, LeadId = message.LeadId, ItemId = $"{message.Id}" }]);
            return false;
        }
    }
}
