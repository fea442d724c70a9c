using System.Data.Common;
using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// Pool state and rep loads: all rows in, dirty rows out (upserts, ExecuteValuesAsync).
internal sealed partial class SqlRoutingTransaction
{
    private const string PoolColumns =
        "pool_id AS PoolId, cursor_rep_id AS CursorRepId, cursor_position AS CursorPosition, " +
        "current_weights AS CurrentWeights, assignments AS Assignments";

    private const string UpsertPoolsHead =
        "INSERT INTO pool_state (pool_id, cursor_rep_id, cursor_position, current_weights, assignments)";

    private const string UpsertPoolsTail =
        "ON CONFLICT (pool_id) DO UPDATE SET cursor_rep_id = excluded.cursor_rep_id, cursor_position = excluded.cursor_position, " +
        "current_weights = excluded.current_weights, assignments = excluded.assignments";

    private const string UpsertRepsHead =
        "INSERT INTO rep_load (rep_id, open_count, day_key, day_count, week_key, week_count, last_assigned_at, status)";

    private const string UpsertRepsTail =
        "ON CONFLICT (rep_id) DO UPDATE SET open_count = excluded.open_count, day_key = excluded.day_key, " +
        "day_count = excluded.day_count, week_key = excluded.week_key, week_count = excluded.week_count, " +
        "last_assigned_at = excluded.last_assigned_at, status = excluded.status";

    private const string LoadSql = $"SELECT {PoolColumns} FROM pool_state; SELECT {SqlStore.RepLoadColumns} FROM rep_load";

    /// <summary>Every pool_state and rep_load row (one command, so one round trip); the dirty sets start empty.</summary>
    public Task<RoutingState> LoadStateAsync(CancellationToken ct = default) =>
        Read(() => LoadAsync(session.Connection, session.Transaction, ct));

    /// <summary>Every pool_state and rep_load row read in <paramref name="transaction"/>, as a state whose dirty sets are empty.</summary>
    internal static async Task<RoutingState> LoadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var state = new RoutingState();
        await using var rows = await connection.QueryMultipleAsync(new CommandDefinition(LoadSql, null, transaction, cancellationToken: ct));
        foreach (var row in await rows.ReadAsync<PoolStateRow>())
            state.Pools[row.PoolId] = row.ToState();
        foreach (var row in await rows.ReadAsync<RepLoadRow>())
            state.Loads[row.RepId] = row.ToLoad();
        return state;
    }

    /// <summary>
    /// Upserts the pools in DirtyPools and the reps in DirtyReps (a dirty id missing from Pools/Loads is
    /// written as a fresh default row). The dirty sets are left as they are.
    /// </summary>
    public Task SaveStateAsync(RoutingState state, CancellationToken ct = default) => Write(async () =>
    {
        var pools = state.DirtyPools.Order(StringComparer.Ordinal).Select(state.Pool).ToList();
        await ExecuteValuesAsync(UpsertPoolsHead, UpsertPoolsTail, pools, PoolStateRow.Values, ct);

        var reps = state.DirtyReps.Order(StringComparer.Ordinal).Select(state.Load).ToList();
        await ExecuteValuesAsync(UpsertRepsHead, UpsertRepsTail, reps, RepLoadRow.Values, ct);
    });
}
