using Dapper;
using Npgsql;

namespace Switchboard.Storage.Tests;

/// <summary>PostgreSQL-only: the test cluster itself and the locks the store takes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task Each_created_database_is_fresh_and_separate()
    {
        var first = await cluster.CreateDatabaseAsync();
        var second = await cluster.CreateDatabaseAsync();
        Assert.NotEqual(first, second);

        await using (var store = StoreFactory.Create(first, Path.GetTempPath()))
        {
            await store.MigrateAsync();
            await store.SaveConfigAsync(new("{}", null, TestLeads.T0));
        }
        await using var connection = new NpgsqlConnection(second);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM pg_tables WHERE tablename = 'config_versions'"));
        Assert.Equal("on", await connection.ExecuteScalarAsync<string>("SHOW fsync"));
    }

    [PostgresFact]
    public async Task The_routing_lock_is_an_advisory_lock_released_with_the_transaction()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var store = StoreFactory.Create(database, Path.GetTempPath());
        await store.MigrateAsync();
        await using var observer = new NpgsqlConnection(database);
        const string held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::bigint = @low AND classid::bigint = @high";
        var key = new { low = PostgresStore.RoutingLockKey & 0xFFFF_FFFF, high = PostgresStore.RoutingLockKey >> 32 };

        var tx = await store.BeginRoutingAsync();
        Assert.Equal(1, await observer.ExecuteScalarAsync<int>(held, key));
        await tx.DisposeAsync();

        Assert.Equal(0, await observer.ExecuteScalarAsync<int>(held, key));
    }
}
