namespace Switchboard.Storage.Tests;

public sealed class StoreFactoryTests
{
    [Fact]
    public async Task Without_a_connection_string_it_creates_the_sqlite_file_in_the_data_directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "switchboard-factory-" + Guid.NewGuid().ToString("N"), "nested");
        try
        {
            await using var store = StoreFactory.Create("  ", dir);
            var sqlite = Assert.IsType<SqliteStore>(store);
            await store.MigrateAsync();

            Assert.Equal(Path.Combine(dir, "switchboard.db"), sqlite.DatabasePath);
            Assert.True(File.Exists(sqlite.DatabasePath));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [Fact]
    public async Task With_a_connection_string_it_uses_postgres_and_creates_no_directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "switchboard-factory-" + Guid.NewGuid().ToString("N"));
        await using var store = StoreFactory.Create("Host=127.0.0.1;Port=1;Username=x;Database=y", dir);

        Assert.IsType<PostgresStore>(store);
        Assert.Equal("postgres", store.Dialect);
        Assert.False(Directory.Exists(dir));
    }
}
