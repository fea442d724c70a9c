using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Many rows through one single-row statement: the routing writer's leads and decisions.
public abstract partial class SqlStore
{
    /// <summary>
    /// Executes <paramref name="statement"/> once per row of <paramref name="rows"/>, in order, inside the
    /// session's transaction. This default prepares one command and rebinds its parameters per row (no SQL
    /// parsing or statement compilation per row: SQLite's cost is then the row itself); PostgreSQL overrides
    /// it to send all rows as one batch.
    /// </summary>
    internal virtual async Task ExecuteRowsAsync(WriteSession session, RowStatement statement, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var command = session.Connection.CreateCommand();
        command.Transaction = session.Transaction;
        command.CommandText = statement.Sql;
        foreach (var declared in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = declared.Name;
            parameter.DbType = declared.Type;
            command.Parameters.Add(parameter);
        }
        var prepared = false;
        foreach (var values in rows)
        {
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            if (!prepared)
            {
                await command.PrepareAsync(ct);
                prepared = true;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
