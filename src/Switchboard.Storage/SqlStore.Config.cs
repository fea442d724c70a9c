using Dapper;
using NodaTime;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Configuration: versioned JSON documents, numbered 1, 2, 3… without gaps.
public abstract partial class SqlStore
{
    private const string ConfigColumns = "version AS Version, created_at AS CreatedAt, author AS Author, document AS Document";
    private const int ConfigSaveAttempts = 5;

    public async Task<StoredConfig?> GetConfigAsync(CancellationToken ct = default)
    {
        var row = await QuerySingleOrDefaultAsync<ConfigRow>(
            $"SELECT {ConfigColumns} FROM config_versions ORDER BY version DESC LIMIT 1", null, ct);
        return row?.ToStored();
    }

    public async Task<StoredConfig?> GetConfigVersionAsync(int version, CancellationToken ct = default)
    {
        var row = await QuerySingleOrDefaultAsync<ConfigRow>(
            $"SELECT {ConfigColumns} FROM config_versions WHERE version = @version", new { version }, ct);
        return row?.ToStored();
    }

    public async Task<int> GetConfigVersionNumberAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(
            new CommandDefinition("SELECT COALESCE(MAX(version), 0) FROM config_versions", cancellationToken: ct));
    }

    /// <summary>
    /// Computes newest + 1 and inserts it in one transaction under the config lock (SQLite: the write lock;
    /// PostgreSQL: an advisory lock), so concurrent savers, also in other processes, get distinct numbers and a
    /// save based on a version that is no longer the newest stores nothing (null).
    /// A unique violation (only possible if something bypasses the lock) is retried.
    /// </summary>
    public async Task<int?> SaveConfigAsync(ConfigDraft draft, int? basedOn = null, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = await BeginWriteAsync(WriteLock.Config, ct);
            try
            {
                var newest = await session.Connection.ExecuteScalarAsync<int>(new CommandDefinition(
                    "SELECT COALESCE(MAX(version), 0) FROM config_versions", transaction: session.Transaction, cancellationToken: ct));
                if (basedOn is { } expected && expected != newest) return null;
                var version = newest + 1;
                await session.Connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO config_versions (version, created_at, author, note, document) VALUES (@version, @createdAt, @author, @note, @json)",
                    new { version, createdAt = draft.At.ToUnixTimeTicks(), author = draft.Author, note = draft.Note, json = draft.Json },
                    session.Transaction, cancellationToken: ct));
                await session.CommitAsync(ct);
                return version;
            }
            catch (Exception error) when (attempt < ConfigSaveAttempts && IsDuplicateKey(error))
            {
                // another saver won the number; dispose (roll back) and try again
            }
        }
    }

    public async Task<IReadOnlyList<ConfigVersionInfo>> ListConfigVersionsAsync(CancellationToken ct = default)
    {
        var rows = await QueryAsync<ConfigRow>(
            "SELECT version AS Version, created_at AS CreatedAt, author AS Author, note AS Note FROM config_versions ORDER BY version DESC", null, ct);
        return rows.Select(row => row.ToInfo()).ToList();
    }
}
