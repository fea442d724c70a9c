using NodaTime.Testing;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// The HTTP API behaviours, written once and run against each database by a tiny subclass
/// (SqliteApiTests, PostgresApiTests). Each test gets a fresh server on a fresh database.
/// </summary>
public abstract partial class ApiSuite
{
    /// <summary>A connection string for a fresh PostgreSQL database, or null for SQLite.</summary>
    protected abstract Task<string?> NewDatabaseAsync();

    protected async Task<SwitchboardApp> StartAsync(
        string? config = null, bool demo = false, IReadOnlyDictionary<string, string>? settings = null, FakeClock? clock = null)
    {
        var app = new SwitchboardApp(await NewDatabaseAsync(), demo, settings, clock);
        if (config is not null)
        {
            var response = await app.Admin().PutJson("/api/config", config);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        return app;
    }
}

public sealed class SqliteApiTests : ApiSuite
{
    protected override Task<string?> NewDatabaseAsync() => Task.FromResult<string?>(null);
}

[RequiresPostgres]
[Collection(ServerPostgresCollection.Name)]
public sealed class PostgresApiTests(PostgresCluster cluster) : ApiSuite
{
    protected override async Task<string?> NewDatabaseAsync() => await cluster.CreateDatabaseAsync();
}

[CollectionDefinition(Name)]
public sealed class ServerPostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "server-postgres";
}
