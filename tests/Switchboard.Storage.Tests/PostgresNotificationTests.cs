using System.Threading.Channels;

namespace Switchboard.Storage.Tests;

/// <summary>Notifications between processes on PostgreSQL: sent at commit, never after a rollback, within the size limit.</summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresNotificationTests(PostgresCluster cluster)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task a_notification_of_a_routing_transaction_arrives_when_it_commits_and_never_when_it_rolls_back()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var store = StoreFactory.Create(database, Path.GetTempPath());
        await store.MigrateAsync();
        var received = Channel.CreateUnbounded<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var listener = store.ListenAsync(p => received.Writer.TryWrite(p), listening.SetResult, TimeSpan.FromSeconds(15), stop.Token);
        await listening.Task.WaitAsync(Patience);

        await using (var rolledBack = await store.BeginRoutingAsync()) await rolledBack.NotifyAsync(["rolled back"]);
        await using (var committed = await store.BeginRoutingAsync())
        {
            await committed.NotifyAsync(["committed"]);
            Assert.False(received.Reader.TryRead(out _));
            await committed.CommitAsync();
        }

        using var patience = new CancellationTokenSource(Patience);
        Assert.Equal("committed", await received.Reader.ReadAsync(patience.Token));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listener);
    }

    [PostgresFact]
    public async Task a_payload_longer_than_the_limit_is_refused_before_anything_is_sent()
    {
        await using var store = StoreFactory.Create(await cluster.CreateDatabaseAsync(), Path.GetTempPath());

        await Assert.ThrowsAsync<ArgumentException>(() => store.NotifyAsync(["short", new string('통', Notifications.MaxPayloadBytes / 3 + 1)]));
    }

    [Fact]
    public void sqlite_tells_no_other_process()
    {
        var dir = Path.Combine(Path.GetTempPath(), "switchboard-notify-" + Guid.NewGuid().ToString("N"));
        using (var store = StoreFactory.Create(null, dir)) Assert.False(store.Notifies);
        Directory.Delete(dir, recursive: true);
    }
}
