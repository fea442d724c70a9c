using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>A test with its own migrated SQLite store in a temporary directory, removed afterwards.</summary>
public abstract class TempStore : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "switchboard-app-" + Guid.NewGuid().ToString("N"));

    protected SqlStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = StoreFactory.Create(null, _dir);
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
