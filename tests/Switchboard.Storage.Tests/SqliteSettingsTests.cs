using Dapper;

namespace Switchboard.Storage.Tests;

/// <summary>SQLite-only: the durability and concurrency settings every connection gets.</summary>
public sealed class SqliteSettingsTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "switchboard-sqlite-" + Guid.NewGuid().ToString("N"));
    private SqlStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = StoreFactory.Create(null, _dir);
        await _store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout()
    {
        await using var connection = await _store.OpenConnectionAsync(default);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous")); // 2 = FULL
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(30_000, await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task Migrations_are_journalled()
    {
        await using var connection = await _store.OpenConnectionAsync(default);
        var scripts = await connection.QueryAsync<string>("SELECT ScriptName FROM schema_migrations ORDER BY ScriptName");
        Assert.Equal(["Switchboard.Storage.Migrations.Sqlite.0001_initial.sql", "Switchboard.Storage.Migrations.Sqlite.0002_follow_up.sql",
            "Switchboard.Storage.Migrations.Sqlite.0003_contact_keys.sql",
            "Switchboard.Storage.Migrations.Sqlite.0004_lifecycle.sql", "Switchboard.Storage.Migrations.Sqlite.0005_config_notes.sql",
            "Switchboard.Storage.Migrations.Sqlite.0006_tasks_by_lead.sql", "Switchboard.Storage.Migrations.Sqlite.0007_lead_grid.sql",
            "Switchboard.Storage.Migrations.Sqlite.0008_users.sql", "Switchboard.Storage.Migrations.Sqlite.0009_key_ring.sql",
            "Switchboard.Storage.Migrations.Sqlite.0010_reports.sql", "Switchboard.Storage.Migrations.Sqlite.0011_simulation_jobs.sql",
            "Switchboard.Storage.Migrations.Sqlite.0012_shadow.sql", "Switchboard.Storage.Migrations.Sqlite.0013_lead_form.sql",
            "Switchboard.Storage.Migrations.Sqlite.0014_report_days.sql", "Switchboard.Storage.Migrations.Sqlite.0015_shadow_counts.sql"], scripts);
    }
}
