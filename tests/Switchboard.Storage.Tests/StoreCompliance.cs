namespace Switchboard.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="ISwitchboardStore"/> implementation must show. One concrete subclass per
/// database supplies fresh, empty databases; each test gets its own. Tests are split by concern into
/// partial files.
/// </summary>
public abstract partial class StoreCompliance : IAsyncLifetime
{
    private readonly List<SqlStore> _opened = [];
    private string? _database;
    private SqlStore? _store;

    /// <summary>Creates an empty database and returns where it is (directory or connection string).</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Opens a store (not yet migrated) on a database from <see cref="CreateDatabaseAsync"/>.</summary>
    protected abstract SqlStore Open(string database);

    /// <summary>Removes the database after the test; every store on it is disposed by then.</summary>
    protected virtual Task DropDatabaseAsync(string database) => Task.CompletedTask;

    /// <summary>The migrated store of this test.</summary>
    protected SqlStore Store => _store ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _store = await OpenMigratedAsync();
    }

    /// <summary>Another store on the same database: stands in for a second server process.</summary>
    protected async Task<SqlStore> OpenMigratedAsync()
    {
        var store = OpenUnmigrated();
        await store.MigrateAsync();
        return store;
    }

    protected SqlStore OpenUnmigrated()
    {
        var store = Open(_database ?? throw new InvalidOperationException("not initialised"));
        _opened.Add(store);
        return store;
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
        if (_database is not null) await DropDatabaseAsync(_database);
    }
}
