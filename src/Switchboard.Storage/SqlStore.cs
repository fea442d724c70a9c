using System.Data.Common;
using Dapper;

namespace Switchboard.Storage;

/// <summary>
/// The shared implementation of <see cref="ISwitchboardStore"/>: all SQL that both dialects understand lives
/// here (split by concern into partial files); <see cref="SqliteStore"/> and <see cref="PostgresStore"/>
/// override only what differs: connections, locks, the lead sequence, substring search, duplicate-key
/// errors and migrations. Dispose the store to release pooled connections.
/// </summary>
public abstract partial class SqlStore : ISwitchboardStore, IAsyncDisposable, IDisposable
{
    private protected SqlStore() { }

    /// <summary>"sqlite" or "postgres".</summary>
    public abstract string Dialect { get; }

    public abstract Task MigrateAsync(CancellationToken ct = default);

    public abstract ValueTask DisposeAsync();

    /// <summary>For hosts that dispose synchronously; both dialects release their pools without real I/O waits.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    // ---- dialect hooks ----

    /// <summary>An open connection for reads and single autocommit statements.</summary>
    internal abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct);

    /// <summary>
    /// An open write transaction holding the lock of its kind: SQLite takes the database write lock
    /// (BEGIN IMMEDIATE) for every kind; PostgreSQL takes a transaction-scoped advisory lock per kind.
    /// </summary>
    internal abstract Task<WriteSession> BeginWriteAsync(WriteLock kind, CancellationToken ct);

    /// <summary>True when the error is a unique / primary key violation.</summary>
    internal abstract bool IsDuplicateKey(Exception error);

    /// <summary>The SQL expression for the next leads.seq value (evaluated under the routing lock).</summary>
    internal abstract string NextLeadSeqSql { get; }

    /// <summary>A predicate: <paramref name="column"/> contains the text of <paramref name="parameter"/>.</summary>
    internal abstract string ContainsSql(string column, string parameter);

    // ---- shared plumbing ----

    private protected async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: ct));
        return rows.AsList();
    }

    private protected async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? args, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, args, cancellationToken: ct));
    }

    private protected async Task<int> ExecuteAsync(string sql, object? args, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: ct));
    }
}

/// <summary>Which lock a write transaction takes (see <see cref="SqlStore.BeginWriteAsync"/>).</summary>
internal enum WriteLock
{
    /// <summary>Routing: pool state, rep loads, leads, decisions, rep presence.</summary>
    Routing,
    /// <summary>Saving a configuration version.</summary>
    Config,
}
