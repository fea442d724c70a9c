using System.Data.Common;
using Dapper;
using DbUp;
using Microsoft.Data.Sqlite;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode (readers never wait for the writer), synchronous=FULL
/// (a commit is on disk), foreign keys on, a busy timeout. Every write transaction is BEGIN IMMEDIATE on its
/// own connection, which takes the database write lock across processes; inside the process writers also
/// queue on an async gate first, so waiting for the lock does not block threads.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private const int BusyTimeoutMs = 30_000;
    /// <summary>Page cache per connection (negative: KiB). The default 2 MB re-reads index pages from the OS on every insert once leads run to the hundreds of thousands.</summary>
    private const int CacheKib = -32_768;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteStore(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    public string DatabasePath { get; }

    public override string Dialect => "sqlite";

    internal override string NextLeadSeqSql => "(SELECT COALESCE(MAX(seq), 0) + 1 FROM leads)";

    internal override string ContainsSql(string column, string parameter) => $"instr({column}, {parameter}) > 0";

    internal override string InListSql(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    internal override object ListParameter<T>(IEnumerable<T> values) => System.Text.Json.JsonSerializer.Serialize(values.ToArray());

    internal override string KeyedRowsSql(string select, string table, string column, string parameter, string filter, string? newestBy) =>
        $"SELECT {select} FROM {table} WHERE {InListSql(column, parameter)} AND {filter}";

    internal override bool IsDuplicateKey(Exception error) =>
        error is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }; // CONSTRAINT_UNIQUE, CONSTRAINT_PRIMARYKEY

    // Claims run inside BEGIN IMMEDIATE (see BeginWriteAsync): the write lock serialises claimers across
    // connections and processes, so no row locking clause is needed (or exists). RETURNING order is unspecified.
    internal override string ClaimTimersSql =>
        "UPDATE timers SET owner = @owner, lease_until = @leaseUntil WHERE id IN (" +
        "SELECT id FROM timers WHERE due_at <= @now AND (lease_until IS NULL OR lease_until <= @now) " +
        "ORDER BY due_at, id LIMIT @limit) " +
        $"RETURNING {FollowUpSql.TimerColumns}";

    internal override string ClaimOutboxSql =>
        "UPDATE outbox SET owner = @owner, lease_until = @leaseUntil WHERE id IN (" +
        "SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now) " +
        "ORDER BY next_attempt_at, id LIMIT @limit) " +
        $"RETURNING {FollowUpSql.OutboxColumns}";

    private protected override Task ReadReportLeadsAsync(DbConnection connection, string sql, ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct)
    {
        Reports.SqliteReportLeads.Read((SqliteConnection)connection, sql, filter, each, ct);
        return Task.CompletedTask;
    }

    private protected override string LeadStagesSql(ReportFilter filter) =>
        filter is { Pool: null, Rep: null, Source: null } ? Reports.ReportSql.LeadStagesPerStage : Reports.ReportSql.LeadStages(filter);

    /// <summary>SQLitePCL.raw reads a text column's bytes as they are (the file is UTF-8).</summary>
    private protected override string Utf8Sql(string text) => text;

    internal override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await connection.ExecuteAsync($"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = FULL; PRAGMA cache_size = {CacheKib};");
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>BEGIN DEFERRED: the first read takes the WAL snapshot, and no write lock is ever asked for.</summary>
    internal override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <summary>
    /// Not <paramref name="durable"/>: synchronous=NORMAL on this connection (a pragma that must come before BEGIN; the next
    /// open of the pooled connection sets FULL again): the commit appends to the WAL without an fsync.
    /// </summary>
    internal override async Task<WriteSession> BeginWriteAsync(WriteLock kind, bool durable, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        DbConnection? connection = null;
        try
        {
            connection = await OpenConnectionAsync(ct);
            if (!durable) await connection.ExecuteAsync("PRAGMA synchronous = NORMAL;");
            var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false); // BEGIN IMMEDIATE
            return new WriteSession(connection, transaction, () => _writeGate.Release());
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync();
            _writeGate.Release();
            throw;
        }
    }

    /// <summary>
    /// Switches the file to WAL and applies the SQLite scripts. A lock file next to the database keeps two
    /// processes from migrating at once.
    /// </summary>
    public override async Task MigrateAsync(CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var migrationLock = await AcquireMigrationLockAsync(ct);
        await using (var connection = await OpenConnectionAsync(ct))
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        var upgrader = BuildUpgrader(DeployChanges.To.SqliteDatabase(_connectionString).JournalToSqliteTable(JournalTable), "Sqlite");
        await Task.Run(() => Upgrade(upgrader), ct);
    }

    private async Task<FileStream> AcquireMigrationLockAsync(CancellationToken ct)
    {
        var path = DatabasePath + ".migrate-lock";
        var deadline = DateTime.UtcNow.AddMilliseconds(BusyTimeoutMs * 2);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
            }
        }
    }

    public override ValueTask DisposeAsync()
    {
        using (var connection = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
