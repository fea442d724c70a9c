namespace Switchboard.Storage.Tests;

/// <summary>The compliance suite on a fresh database of the shared test cluster (skipped without PostgreSQL).</summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresCluster cluster) : StoreCompliance
{
    protected override Task<string> CreateDatabaseAsync() => cluster.CreateDatabaseAsync();

    protected override SqlStore Open(string database) => StoreFactory.Create(database, Path.GetTempPath());
}

/// <summary>One PostgreSQL cluster for every test of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
