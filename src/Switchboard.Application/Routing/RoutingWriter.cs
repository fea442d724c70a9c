using System.Diagnostics;
using System.Threading.Channels;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Shadow;
using Switchboard.Storage;

namespace Switchboard.Application.Routing;

/// <summary>
/// The single writer of routing changes in this process. Commands queue up; the writer takes all
/// that are waiting (up to MaxGroupCommit), runs them in one routing transaction and commits once — a
/// group commit: a 201 is on disk, and concurrent requests share the cost of the commit. If a
/// group fails, its commands are retried one by one so one bad command cannot sink the others.
/// </summary>
public sealed class RoutingWriter(
    ISwitchboardStore store, ConfigService configs, PublicLinks links, IClock clock, SwitchboardOptions options, WorkSignals signals, RoutingMetrics metrics,
    LiveUpdates live, ShadowFeed shadow, ILogger<RoutingWriter> log)
    : BackgroundService
{
    private readonly Channel<RoutingCommand> _queue = Channel.CreateUnbounded<RoutingCommand>(new() { SingleReader = true });
    private int _waiting; // a single-reader channel cannot count its items

    /// <summary>True while the writer loop is accepting commands.</summary>
    public bool Running { get; private set; }

    public Task<LeadOutcome> SubmitAsync(RoutingCommand command)
    {
        if (!_queue.Writer.TryWrite(command)) throw new InvalidOperationException("the routing writer has stopped");
        Interlocked.Increment(ref _waiting);
        return command.Completion;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<RoutingCommand>(options.MaxGroupCommit);
        metrics.ObserveQueue(() => Math.Max(0, Volatile.Read(ref _waiting)));
        Running = true;
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (group.Count < options.MaxGroupCommit && _queue.Reader.TryRead(out var command)) group.Add(command);
                Interlocked.Add(ref _waiting, -group.Count);
                await RunAsync(group, stoppingToken);
                group.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Running = false;
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left)) left.Fail(new OperationCanceledException("server stopping"));
            foreach (var command in group) command.Fail(new OperationCanceledException("server stopping"));
        }
    }

    private async Task RunAsync(List<RoutingCommand> commands, CancellationToken ct)
    {
        try
        {
            var outcomes = await ExecuteAsync(commands, ct);
            for (var i = 0; i < commands.Count; i++) commands[i].Complete(outcomes[i]);
        }
        catch (Exception error) when (commands.Count > 1 && error is not OperationCanceledException)
        {
            metrics.Failed();
            log.RoutingGroupFailed(error, commands.Count);
            foreach (var command in commands) await RunAsync([command], ct);
        }
        catch (Exception error)
        {
            if (error is not OperationCanceledException) metrics.Failed();
            log.RoutingCommandFailed(error);
            commands[0].Fail(error);
        }
    }

    private async Task<LeadOutcome[]> ExecuteAsync(List<RoutingCommand> commands, CancellationToken ct)
    {
        var startedAt = Stopwatch.GetTimestamp();
        await using var tx = await store.BeginRoutingAsync(ct);
        var config = links.Apply(await configs.CurrentAsync(ct));
        var state = await tx.LoadStateAsync(ct);
        var group = new RoutingGroup(tx, state, config, clock.GetCurrentInstant()) { EmailDelivery = options.SmtpConfigured };
        var reads = new RoutingReads();
        foreach (var command in commands) command.Declare(reads, config);
        await group.ReadAsync(reads, ct);
        var outcomes = new LeadOutcome[commands.Count];
        for (var i = 0; i < commands.Count; i++) outcomes[i] = commands[i].Execute(group);
        await group.FlushAsync(ct);
        // Notes are made only for someone to hear them: the other processes (sent in the transaction, so only on commit)
        // and this process's subscribers, counted after the commit (one who subscribes later reads the committed state).
        var sent = live.SendsToOthers ? group.LiveUpdates() : null;
        if (sent is not null) await live.SendInAsync(tx, sent, ct);
        await tx.CommitAsync(ct);
        if (live.Subscribers > 0) live.Publish(sent ?? group.LiveUpdates(), config);
        if (shadow.Listening) shadow.Add(group.Created());
        metrics.Committed(outcomes, startedAt);
        if (group.HasTimers) signals.Timers.Poke();
        if (group.HasMessages) signals.Outbox.Poke();
        return outcomes;
    }
}
