using System.Net;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Kill-and-restart: a timer that came due while the server was down fires at once after the
/// restart, exactly once; a message that could not be delivered before the kill is delivered once
/// after it; on SQLite (same data directory) and PostgreSQL (same database).
/// </summary>
[Collection(ServerPostgresCollection.Name)]
public sealed class RestartTests(PostgresCluster cluster)
{
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
        sink.Stop(); // the receiver is down: the first attempt fails and the message waits for its retry
        var workDir = Path.Combine(Path.GetTempPath(), "switchboard-restart-" + Guid.NewGuid().ToString("N")[..12]);
        await using (var first = await ServerProcess.StartAsync(postgres, workDir))
        {
            var notify = $$""",{"type":"notify","channel":"webhook","url":"{{sink.Url()}}","secret":"k"}""";
            var config = await first.Client().PutAsync("/api/config", HttpJson.Body(FollowUpConfigs.Inbound(notify)));
            Assert.Equal(HttpStatusCode.OK, config.StatusCode);
            var created = await first.Client().PostJson("/api/leads", """{"email":"outbox-restart@example.jp"}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            // Killed only once the failed attempt is recorded: killed mid-attempt, the message would stay leased
            // to the dead process for the outbox lease (2 minutes) and the restart could not deliver it sooner.
            await WaitUntilAsync(async () => await FailedAttemptsAsync(first) > 0);
            await first.KillAsync();
        }
        sink.Resume();
        await using var second = await ServerProcess.StartAsync(postgres, workDir);
        var received = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Contains("outbox-restart@example.jp", received.Body);
        await Task.Delay(1500);
        Assert.Single(sink.Requests, r => r.Status == 200);
    }

    private static async Task OverdueTimerFiresOnce(string? postgres)
    {
        await using var sink = HttpSink.Start();
        var workDir = Path.Combine(Path.GetTempPath(), "switchboard-restart-" + Guid.NewGuid().ToString("N")[..12]);
        DateTime dueBy;
        await using (var first = await ServerProcess.StartAsync(postgres, workDir))
        {
            var delayed = $$""",{"type":"webhook","url":"{{sink.Url()}}","secret":"k","delay":"PT5S"}""";
            var config = await first.Client().PutAsync("/api/config", HttpJson.Body(FollowUpConfigs.Inbound(delayed)));
            Assert.Equal(HttpStatusCode.OK, config.StatusCode);
            var created = await first.Client().PostJson("/api/leads", """{"email":"restart@example.jp"}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            dueBy = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            // Killed far ahead of the due time, so this process never claims (leases) the timer.
            await first.KillAsync();
        }
        var untilDue = dueBy - DateTime.UtcNow + TimeSpan.FromMilliseconds(500);
        if (untilDue > TimeSpan.Zero) await Task.Delay(untilDue); // due while no server runs
        Assert.Empty(sink.Requests);
        await using var second = await ServerProcess.StartAsync(postgres, workDir);
        // Bounded from readiness, not from the process start, which alone can take seconds on a loaded machine.
        var received = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(20)));
        Assert.Contains("restart@example.jp", received.Body);
        await Task.Delay(1500);
        Assert.Single(sink.Requests);
    }

    private static async Task<int> FailedAttemptsAsync(ServerProcess server)
    {
        using var client = server.Client();
        var items = (await (await client.GetAsync("/api/outbox")).Json())["items"]!.AsArray();
        return items.Sum(item => item!["attempts"]!.GetValue<int>());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 30 s");
            await Task.Delay(50);
        }
    }
}
