using System.Net;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Kill-and-restart: a timer that came due while the server was down fires at once after the
/// restart, exactly once; a message that could not be delivered before the kill is delivered once
/// after it; on SQLite (same data directory) and PostgreSQL (same database). Real time is the subject
/// here, so these wait in real time, for conditions and generously.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class RestartTests(PostgresCluster cluster)
{
    /// <summary>
    /// An outbox lease short enough that a message the killed process had just claimed again is free for the restarted
    /// one well within the test's patience, and long enough that no delivery on a loaded machine outlives it.
    /// </summary>
    private static readonly Dictionary<string, string> ShortLease = new() { ["Switchboard:Outbox:Lease"] = "00:00:20" };

    [Fact]
    public Task an_overdue_timer_fires_once_after_a_restart_on_sqlite() => OverdueTimerFiresOnce(null);

    [PostgresFact]
    public async Task an_overdue_timer_fires_once_after_a_restart_on_postgresql() => await OverdueTimerFiresOnce(await cluster.CreateDatabaseAsync());

    [Fact]
    public Task an_undelivered_message_is_delivered_once_after_a_restart_on_sqlite() => UndeliveredMessageArrivesOnce(null);

    [PostgresFact]
    public async Task an_undelivered_message_is_delivered_once_after_a_restart_on_postgresql() =>
        await UndeliveredMessageArrivesOnce(await cluster.CreateDatabaseAsync());

    private static async Task UndeliveredMessageArrivesOnce(string? postgres)
    {
        await using var sink = HttpSink.Start();
        sink.FailNext(int.MaxValue); // the receiver is down: every attempt fails and the message waits for its retry
        var workDir = Path.Combine(Path.GetTempPath(), "switchboard-restart-" + Guid.NewGuid().ToString("N")[..12]);
        await using (var first = await ServerProcess.StartAsync(postgres, workDir, ShortLease))
        {
            var notify = $$""",{"type":"notify","channel":"webhook","url":"{{sink.Url()}}","secret":"k"}""";
            var config = await first.Client().PutAsync("/api/config", HttpJson.Body(FollowUpConfigs.Inbound(notify)));
            Assert.Equal(HttpStatusCode.OK, config.StatusCode);
            var created = await first.Client().PostJson("/api/leads", """{"email":"outbox-restart@example.jp"}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            // Killed once a failed attempt is recorded, so the message is known to be undelivered (a later attempt
            // in flight at the kill stays leased to the dead process, but only for the short lease).
            await Eventually.HoldsAsync(async () => (await first.OutboxAsync()).Sum(m => m!["attempts"]!.GetValue<int>()) > 0);
            await first.KillAsync();
        }
        sink.FailNext(0);
        await using var second = await ServerProcess.StartAsync(postgres, workDir, ShortLease);
        var received = Assert.Single(await sink.WaitForAsync(1));
        Assert.Contains("outbox-restart@example.jp", received.Body);
        await ExactlyOnceAsync(second, sink);
    }

    private static async Task OverdueTimerFiresOnce(string? postgres)
    {
        await using var sink = HttpSink.Start();
        var workDir = Path.Combine(Path.GetTempPath(), "switchboard-restart-" + Guid.NewGuid().ToString("N")[..12]);
        DateTimeOffset dueAt;
        await using (var first = await ServerProcess.StartAsync(postgres, workDir))
        {
            var delayed = $$""",{"type":"webhook","url":"{{sink.Url()}}","secret":"k","delay":"PT5S"}""";
            var config = await first.Client().PutAsync("/api/config", HttpJson.Body(FollowUpConfigs.Inbound(delayed)));
            Assert.Equal(HttpStatusCode.OK, config.StatusCode);
            var created = await first.Client().PostJson("/api/leads", """{"email":"restart@example.jp"}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            dueAt = DateTimeOffset.Parse((await created.Json()).Str("createdAt")!) + TimeSpan.FromSeconds(5);
            // Killed far ahead of the due time, so this process never claims (leases) the timer.
            await first.KillAsync();
        }
        var untilDue = dueAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
        if (untilDue > TimeSpan.Zero) await Task.Delay(untilDue); // due while no server runs
        Assert.Empty(sink.Requests);
        await using var second = await ServerProcess.StartAsync(postgres, workDir);
        var received = Assert.Single(await sink.WaitForAsync(1));
        Assert.Contains("restart@example.jp", received.Body);
        await ExactlyOnceAsync(second, sink);
    }

    /// <summary>Once the outbox holds one message and it is recorded delivered, nothing can send it again: the receiver got it once.</summary>
    private static async Task ExactlyOnceAsync(ServerProcess server, HttpSink sink)
    {
        await server.AllDeliveredAsync();
        Assert.Single(await server.OutboxAsync());
        Assert.Single(sink.Delivered);
    }
}
