using System.Data.Common;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Many rows through one single-row statement: the routing writer's leads, decisions, state, effects and rollups.
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

    /// <summary>
    /// Writes <paramref name="rows"/> with <c>{head} VALUES (…) {tail}</c>, in order, inside <paramref name="transaction"/>. This
    /// default (SQLite) prepares one single-row statement and executes it per row: SQLite finds each named parameter by a
    /// linear search over the statement's names, so binding a multi-row statement costs the square of its parameters (a
    /// group commit's report rollups, hundreds of parameters, took a fifth of intake's CPU there). PostgreSQL overrides it
    /// with multi-row statements, one round trip per <see cref="MultiRowSql.MaxRowsPerStatement"/> rows.
    /// </summary>
    internal virtual async Task ExecuteValuesAsync<T>(
        DbConnection connection, DbTransaction transaction, string head, string tail, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var first = values(rows[0]);
        var names = Enumerable.Range(0, first.Length).Select(c => $"@p{c}").ToArray();
        command.CommandText = $"{head} VALUES ({string.Join(", ", names)}) {tail}";
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var row = r == 0 ? first : values(rows[r]);
            for (var c = 0; c < row.Length; c++) command.Parameters[c].Value = row[c] ?? DBNull.Value;
            if (r == 0) await command.PrepareAsync(ct);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
