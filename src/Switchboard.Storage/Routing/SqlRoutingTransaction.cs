using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

/// <summary>
/// The routing unit of work over one <see cref="WriteSession"/> (which holds the routing lock).
/// All statements run on that connection and transaction; Dapper caches the statement shapes and
/// PostgreSQL auto-prepares them, so a batch of hundreds of leads costs one round trip per statement.
/// A failed write poisons the transaction: <see cref="CommitAsync"/> then refuses, so on both
/// dialects nothing of a transaction with a failed write is ever kept.
/// </summary>
internal sealed partial class SqlRoutingTransaction(SqlStore store, WriteSession session) : IRoutingTransaction
{
    private readonly RowStatement _insertLead = RowStatements.Lead(store.NextLeadSeqSql);
    private Exception? _failure;
    private bool _committed;

    public Task<IReadOnlyList<Lead>> GetLeadsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Read(async () =>
    {
        var leads = new List<Lead>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
            foreach (var row in await session.Connection.QueryAsync<LeadRow>(Command(LeadSql.SelectByIds(store.KeyedRowsSql), new { ids = store.ListParameter(chunk) }, ct)))
                leads.Add(row.ToLead());
        return (IReadOnlyList<Lead>)leads;
    });

    /// <summary>Ids per IN list: far below both dialects' parameter limits.</summary>
    private const int ChunkSize = 500;

    /// <exception cref="DuplicateKeyException">An id or an idempotency key is taken.</exception>
    public Task InsertLeadsAsync(IReadOnlyList<NewLead> leads, CancellationToken ct = default) => Write(async () =>
    {
        if (leads.Count == 0) return;
        try
        {
            await store.ExecuteRowsAsync(session, _insertLead, leads.Select(RowStatements.LeadValues), ct);
            foreach (var lead in leads) RememberSource(lead.Lead);
        }
        catch (Exception error) when (store.IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"one of {leads.Count} new leads has an id or idempotency key that is taken", error);
        }
    });

    /// <summary>All decisions of all the leads in one prepared statement (SQLite) or one batch (PostgreSQL), in list order, and the
    /// report rollups they feed (<see cref="AddReportRollupsAsync"/>).</summary>
    public Task AppendDecisionsAsync(IReadOnlyList<LeadDecisions> decisions, CancellationToken ct = default) => Write(async () =>
    {
        await store.ExecuteRowsAsync(session, RowStatements.Decision, RowStatements.DecisionValues(decisions), ct);
        await AddReportRollupsAsync(decisions, ct);
    });

    /// <summary>Leads read in this transaction (they exist), written back in one prepared statement or one batch.</summary>
    public Task UpdateLeadsAsync(IReadOnlyList<Lead> leads, CancellationToken ct = default) => Write(async () =>
    {
        await store.ExecuteRowsAsync(session, RowStatements.LeadUpdate, leads.Select(RowStatements.LeadUpdateValues), ct);
        foreach (var lead in leads) RememberSource(lead);
    });

    public async Task CommitAsync(CancellationToken ct = default)
    {
        if (_failure is not null)
            throw new InvalidOperationException("a write in this routing transaction failed; dispose it (it rolls back)", _failure);
        if (_committed) throw new InvalidOperationException("the routing transaction is already committed");
        await session.CommitAsync(ct);
        _committed = true;
    }

    /// <summary>Rolls back unless committed, and releases the routing lock.</summary>
    public ValueTask DisposeAsync() => session.DisposeAsync();

    private CommandDefinition Command(string sql, object? args, CancellationToken ct) =>
        new(sql, args, session.Transaction, cancellationToken: ct);

    /// <summary>Rows written with <c>{head} VALUES (…) {tail}</c>, as the dialect writes many rows best (<see cref="SqlStore.ExecuteValuesAsync"/>).</summary>
    private Task ExecuteValuesAsync<T>(string head, string tail, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken ct) =>
        store.ExecuteValuesAsync(session.Connection, session.Transaction, head, tail, rows, values, ct);

    private async Task<T> Read<T>(Func<Task<T>> read)
    {
        EnsureUsable();
        try
        {
            return await read();
        }
        catch
        {
            session.Fail();
            throw;
        }
    }

    private async Task Write(Func<Task> write) => await Write(async () =>
    {
        await write();
        return true;
    });

    private async Task<T> Write<T>(Func<Task<T>> write)
    {
        EnsureUsable();
        try
        {
            return await write();
        }
        catch (Exception error)
        {
            _failure ??= error;
            session.Fail();
            throw;
        }
    }

    private void EnsureUsable()
    {
        if (_committed) throw new InvalidOperationException("the routing transaction is already committed");
    }
}
