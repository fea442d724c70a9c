namespace Switchboard.Storage.Tests;

/// <summary>The compliance suite on an SQLite file in a temp directory.</summary>
public sealed class SqliteStoreTests : StoreCompliance
{
    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(Path.Combine(Path.GetTempPath(), "switchboard-sqlite-" + Guid.NewGuid().ToString("N")));

    protected override SqlStore Open(string database) => StoreFactory.Create(null, database);

    protected override Task DropDatabaseAsync(string database)
    {
        if (Directory.Exists(database)) Directory.Delete(database, recursive: true);
        return Task.CompletedTask;
    }
}
