using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;
using Switchboard.Storage.Routing;

namespace Switchboard.Storage;

// Routing transactions, and the rep rows they share with presence updates.
public abstract partial class SqlStore
{
    internal const string RepLoadColumns =
        "rep_id AS RepId, open_count AS OpenCount, day_key AS DayKey, day_count AS DayCount, week_key AS WeekKey, " +
        "week_count AS WeekCount, last_assigned_at AS LastAssignedAt, status AS Status";

    public async Task<IRoutingTransaction> BeginRoutingAsync(CancellationToken ct = default) =>
        new SqlRoutingTransaction(this, await BeginWriteAsync(WriteLock.Routing, ct));

    /// <summary>
    /// Every pool state and rep load as committed, read in one snapshot without the routing lock (routing is not held up):
    /// a copy for a dry run, which changes it in memory and never writes it back.
    /// </summary>
    public async Task<RoutingState> GetRoutingStateAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var snapshot = await BeginSnapshotAsync(connection, ct);
        return await SqlRoutingTransaction.LoadAsync(connection, snapshot, ct);
    }

    public async Task<IReadOnlyDictionary<string, RepLoad>> GetRepLoadsAsync(CancellationToken ct = default)
    {
        var rows = await QueryAsync<RepLoadRow>($"SELECT {RepLoadColumns} FROM rep_load", null, ct);
        return rows.ToDictionary(row => row.RepId, row => row.ToLoad(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Upserts only rep_load.status. Runs under the routing lock so it is ordered with routing transactions
    /// (a routing transaction that loaded the old status cannot write it back over the new one).
    /// Do not call it while holding a routing transaction in the same flow.
    /// </summary>
    public async Task SetRepStatusAsync(string repId, string status, CancellationToken ct = default)
    {
        await using var session = await BeginWriteAsync(WriteLock.Routing, ct);
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO rep_load (rep_id, open_count, day_key, day_count, week_key, week_count, last_assigned_at, status) " +
            "VALUES (@repId, 0, NULL, 0, NULL, 0, NULL, @status) " +
            "ON CONFLICT (rep_id) DO UPDATE SET status = excluded.status",
            new { repId, status }, session.Transaction, cancellationToken: ct));
        await session.CommitAsync(ct);
    }
}
