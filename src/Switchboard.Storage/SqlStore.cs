using System.Data.Common;
using Dapper;

namespace Switchboard.Storage;

/// <summary>
/// The shared implementation of <see cref="ISwitchboardStore"/>: all SQL that both dialects understand lives
/// here (split by concern into partial files); <see cref="SqliteStore"/> and <see cref="PostgresStore"/>
/// override only what differs: connections, locks, the lead sequence, substring search, duplicate-key
/// errors, the claiming statements of timers and the outbox, and migrations. Dispose the store to release pooled connections.
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
    internal Task<WriteSession> BeginWriteAsync(WriteLock kind, CancellationToken ct) => BeginWriteAsync(kind, durable: true, ct);

    /// <summary>
    /// <see cref="BeginWriteAsync(WriteLock, CancellationToken)"/>; when not <paramref name="durable"/>, its commit does not
    /// wait for the disk (SQLite synchronous=NORMAL under WAL, PostgreSQL synchronous_commit off): a crash may lose it
    /// whole, never half of it, and commits after it that wait for the disk carry it with them. Only for work that is
    /// done again when lost (a shadow step: its outcomes, cursor and state go together).
    /// </summary>
    internal abstract Task<WriteSession> BeginWriteAsync(WriteLock kind, bool durable, CancellationToken ct);

    /// <summary>True when the error is a unique / primary key violation.</summary>
    internal abstract bool IsDuplicateKey(Exception error);

    /// <summary>A read-only transaction whose reads all see one committed snapshot, taking no write lock.</summary>
    internal abstract ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    /// <summary>The SQL expression for the next leads.seq value (evaluated under the routing lock).</summary>
    internal abstract string NextLeadSeqSql { get; }

    /// <summary>A predicate: <paramref name="column"/> contains the text of <paramref name="parameter"/>.</summary>
    internal abstract string ContainsSql(string column, string parameter);

    /// <summary>A predicate: <paramref name="column"/> is one of the list parameter <paramref name="parameter"/> (Dapper expands it on SQLite; PostgreSQL takes an array).</summary>
    internal abstract string InListSql(string column, string parameter);

    /// <summary>
    /// The value of a list parameter for <see cref="InListSql"/> and <see cref="KeyedRowsSql"/>: one parameter however
    /// long the list (SQLite gets a JSON array it reads with json_each; binding hundreds of expanded named
    /// parameters cost SQLite a name search each), PostgreSQL an array.
    /// </summary>
    internal abstract object ListParameter<T>(IEnumerable<T> values);

    /// <summary>
    /// SELECT <paramref name="select"/> FROM <paramref name="table"/> rows whose <paramref name="column"/> is one of the
    /// list parameter and that pass <paramref name="filter"/>; per key at least its newest by <paramref name="newestBy"/>.
    /// SQLite plans an IN list by index; PostgreSQL probes the index once per key (a cached generic plan for
    /// "= ANY($1)" made while the table was small would scan it forever after).
    /// </summary>
    internal abstract string KeyedRowsSql(string select, string table, string column, string parameter, string filter, string? newestBy);

    /// <summary>
    /// UPDATE … RETURNING that leases due, free timers: parameters @owner, @now and @leaseUntil (Unix ticks), @limit;
    /// oldest due first; returns <see cref="Rows.FollowUpSql.TimerColumns"/>.
    /// </summary>
    internal abstract string ClaimTimersSql { get; }

    /// <summary>Like <see cref="ClaimTimersSql"/> for pending outbox rows due by next_attempt_at; returns <see cref="Rows.FollowUpSql.OutboxColumns"/>.</summary>
    internal abstract string ClaimOutboxSql { get; }

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

    /// <summary>
    /// One row-level write statement (typically UPDATE … RETURNING) as its own write transaction under
    /// <see cref="WriteLock.Rows"/>: on SQLite it waits its turn with the routing writer instead of spinning
    /// on the busy timeout.
    /// </summary>
    private protected async Task<IReadOnlyList<T>> WriteQueryAsync<T>(string sql, object? args, CancellationToken ct)
    {
        await using var session = await BeginWriteAsync(WriteLock.Rows, ct);
        var rows = await session.Connection.QueryAsync<T>(new CommandDefinition(sql, args, session.Transaction, cancellationToken: ct));
        var list = rows.AsList();
        await session.CommitAsync(ct);
        return list;
    }

    /// <summary>Like <see cref="WriteQueryAsync{T}"/> for a statement without results; returns the rows affected.</summary>
    private protected async Task<int> WriteAsync(string sql, object? args, CancellationToken ct)
    {
        await using var session = await BeginWriteAsync(WriteLock.Rows, ct);
        var changed = await session.Connection.ExecuteAsync(new CommandDefinition(sql, args, session.Transaction, cancellationToken: ct));
        await session.CommitAsync(ct);
        return changed;
    }
}

/// <summary>Which lock a write transaction takes (see <see cref="SqlStore.BeginWriteAsync"/>).</summary>
internal enum WriteLock
{
    /// <summary>Routing: pool state, rep loads, leads, decisions, rep presence.</summary>
    Routing,
    /// <summary>Saving a configuration version.</summary>
    Config,
    /// <summary>Changing or removing a person, so that two changes cannot both remove the last admin.</summary>
    People,
    /// <summary>
    /// Row-level writes outside routing (claiming timers and outbox rows, marking deliveries, completing
    /// tasks). SQLite: the database write lock like every write; PostgreSQL: no advisory lock, row locks
    /// (FOR UPDATE SKIP LOCKED) are enough.
    /// </summary>
    Rows,
}
