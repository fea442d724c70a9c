using System.Data;
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
        await using var command = Prepared(session.Connection, session.Transaction, statement.Sql, statement.Parameters.Select(p => (p.Name, (DbType?)p.Type)));
        await ExecuteEachAsync(command, rows, ct);
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
        var first = values(rows[0]);
        var names = Enumerable.Range(0, first.Length).Select(c => $"@p{c}").ToArray();
        await using var command = Prepared(connection, transaction, $"{head} VALUES ({string.Join(", ", names)}) {tail}", names.Select(name => (name, (DbType?)null)));
        await ExecuteEachAsync(command, rows.Select((row, r) => r == 0 ? first : values(row)), ct);
    }

    /// <summary>A command of <paramref name="sql"/> with its parameters declared (a type, or none: taken from each value).</summary>
    private static DbCommand Prepared(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<(string Name, DbType? Type)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            if (type is { } declared) parameter.DbType = declared;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Executes <paramref name="command"/> once per row, its parameters bound in order; prepared with the first row's values.</summary>
    private static async Task ExecuteEachAsync(DbCommand command, IEnumerable<object?[]> rows, CancellationToken ct)
    {
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
