using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Postgresql;
using Npgsql;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

/// <summary>
/// PostgreSQL, shared by several server processes. Routing transactions take a transaction-scoped advisory
/// lock (<see cref="RoutingLockKey"/>), so routing is serialised across processes; config saves take their
/// own advisory lock; migrations run under a session advisory lock. Timer and outbox workers in any number
/// of processes claim rows with FOR UPDATE SKIP LOCKED and never wait for routing.
/// </summary>
public sealed partial class PostgresStore : SqlStore
{
    /// <summary>pg_advisory_xact_lock key of routing transactions ("SWBD" + 1).</summary>
    public const long RoutingLockKey = 0x5357_4244_0001;
    /// <summary>pg_advisory_xact_lock key of configuration saves.</summary>
    public const long ConfigLockKey = 0x5357_4244_0002;
    /// <summary>pg_advisory_lock key held while migrating.</summary>
    public const long MigrationLockKey = 0x5357_4244_0003;
    /// <summary>pg_advisory_xact_lock key of changes to people that must keep an admin.</summary>
    public const long PeopleLockKey = 0x5357_4244_0004;

    private const string UniqueViolation = "23505";
    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Routing repeats the same few statements for every lead of a batch: let Npgsql prepare them.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0) builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        _dataSource = builder.Build();
    }

    public override string Dialect => "postgres";

    internal override string NextLeadSeqSql => "nextval('lead_seq')";

    internal override string ContainsSql(string column, string parameter) => $"strpos({column}, {parameter}) > 0";

    internal override string InListSql(string column, string parameter) => $"{column} = ANY({parameter})";

    internal override object ListParameter<T>(IEnumerable<T> values) => values.ToArray();

    internal override string KeyedRowsSql(string select, string table, string column, string parameter, string filter, string? newestBy) =>
        $"SELECT {select} FROM unnest({parameter}::text[]) AS probe(k) CROSS JOIN LATERAL " +
        $"(SELECT * FROM {table} WHERE {column} = probe.k AND {filter}{(newestBy is null ? "" : $" ORDER BY {newestBy} DESC")} LIMIT 1) AS found";

    internal override bool IsDuplicateKey(Exception error) => error is PostgresException { SqlState: UniqueViolation };

    // Claims: the inner SELECT locks the rows it picks and skips rows another claimer (or a routing
    // transaction completing a timer) holds; a row leased by a claimer that committed after this statement
    // began is re-checked against the WHERE clause when locked and dropped. RETURNING order is unspecified.
    internal override string ClaimTimersSql =>
        "UPDATE timers SET owner = @owner, lease_until = @leaseUntil WHERE id IN (" +
        "SELECT id FROM timers WHERE due_at <= @now AND (lease_until IS NULL OR lease_until <= @now) " +
        "ORDER BY due_at, id LIMIT @limit FOR UPDATE SKIP LOCKED) " +
        $"RETURNING {FollowUpSql.TimerColumns}";

    internal override string ClaimOutboxSql =>
        "UPDATE outbox SET owner = @owner, lease_until = @leaseUntil WHERE id IN (" +
        "SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now) " +
        "ORDER BY next_attempt_at, id LIMIT @limit FOR UPDATE SKIP LOCKED) " +
        $"RETURNING {FollowUpSql.OutboxColumns}";

    private protected override Task ReadReportLeadsAsync(DbConnection connection, string sql, ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct) =>
        Reports.PostgresReportLeads.ReadAsync((NpgsqlConnection)connection, sql, filter, each, ct);

    /// <summary>As bytea, which Npgsql copies into a buffer (text would be decoded to characters first).</summary>
    private protected override string Utf8Sql(string text) => $"convert_to({text}, 'UTF8')";

    internal override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct);

    internal override async ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);

    internal override async Task<WriteSession> BeginWriteAsync(WriteLock kind, bool durable, CancellationToken ct)
    {
        var connection = await _dataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            if (!durable)
                await connection.ExecuteAsync(new CommandDefinition("SET LOCAL synchronous_commit = off", transaction: transaction, cancellationToken: ct));
            long? key = kind switch { WriteLock.Routing => RoutingLockKey, WriteLock.Config => ConfigLockKey, WriteLock.People => PeopleLockKey, _ => null };
            if (key is not null)
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key }, transaction, cancellationToken: ct));
            return new WriteSession(connection, transaction, discard: Discard);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A connection on which a command failed mid-way is closed rather than pooled: Npgsql cannot discard one
    /// connection, so the data source's pool is cleared (idle connections close now, busy ones when returned;
    /// NpgsqlConnection.ClearPool would miss a pool built by a data source). Measured before
    /// this: after routing batches failed on a NUL, an unencodable string and an over-long index key in turn, the
    /// next duplicate lookup on the reused connection read "unexpected backend message DataRow".
    /// </summary>
    private void Discard(DbConnection connection) => _dataSource.Clear();

    /// <summary>
    /// All rows in one round trip: an NpgsqlBatch of the same single-row statement, which Npgsql prepares
    /// once (auto-prepare) and the server executes row after row.
    /// </summary>
    internal override async Task ExecuteRowsAsync(WriteSession session, RowStatement statement, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)session.Connection, (NpgsqlTransaction)session.Transaction);
        foreach (var values in rows)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            for (var i = 0; i < values.Length; i++)
                command.Parameters.Add(new NpgsqlParameter(statement.Parameters[i].Name, statement.Parameters[i].Type) { Value = values[i] ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Multi-row statements: one round trip per <see cref="MultiRowSql.MaxRowsPerStatement"/> rows.</summary>
    internal override async Task ExecuteValuesAsync<T>(
        DbConnection connection, DbTransaction transaction, string head, string tail, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        foreach (var statement in MultiRowSql.Build(head, tail, rows, values))
            await connection.ExecuteAsync(new CommandDefinition(statement.Sql, statement.Parameters, transaction, cancellationToken: ct));
    }

    /// <summary>Applies the PostgreSQL scripts while holding a session advisory lock, so concurrent starts do not race.</summary>
    public override async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var lockConnection = await _dataSource.OpenConnectionAsync(ct);
        await lockConnection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: ct));
        try
        {
            var upgrader = BuildUpgrader(
                DeployChanges.To.PostgresqlDatabase(new PostgresqlConnectionManager(_dataSource)).JournalToPostgresqlTable(null, JournalTable),
                "Postgres");
            await Task.Run(() => Upgrade(upgrader), ct);
        }
        finally
        {
            await lockConnection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
