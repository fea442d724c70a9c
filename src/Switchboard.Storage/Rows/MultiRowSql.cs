using Dapper;

namespace Switchboard.Storage.Rows;

/// <summary>
/// Multi-row INSERT statements: one round trip per chunk of rows instead of one per row.
/// Parameters are named @p{row}_{column}; chunks stay far below SQLite's and PostgreSQL's parameter limits.
/// </summary>
internal static class MultiRowSql
{
    public const int MaxRowsPerStatement = 200;

    /// <param name="head">e.g. <c>INSERT INTO t (a, b)</c></param>
    /// <param name="tail">e.g. an <c>ON CONFLICT</c> clause, or empty</param>
    public static IEnumerable<CommandText> Build<T>(string head, string tail, IReadOnlyList<T> rows, Func<T, object?[]> values)
    {
        for (var start = 0; start < rows.Count; start += MaxRowsPerStatement)
        {
            var count = Math.Min(MaxRowsPerStatement, rows.Count - start);
            var parameters = new DynamicParameters();
            var tuples = new string[count];
            for (var r = 0; r < count; r++)
            {
                var row = values(rows[start + r]);
                var names = new string[row.Length];
                for (var c = 0; c < row.Length; c++)
                {
                    names[c] = $"@p{r}_{c}";
                    parameters.Add(names[c], row[c]);
                }
                tuples[r] = "(" + string.Join(", ", names) + ")";
            }
            yield return new CommandText($"{head} VALUES {string.Join(", ", tuples)} {tail}", parameters);
        }
    }
}

internal readonly record struct CommandText(string Sql, DynamicParameters Parameters);
