using System.Text;
using Dapper;
using NodaTime;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Tasks (create_task actions): written by routing transactions, listed and completed here.
public abstract partial class SqlStore
{
    /// <summary>
    /// Tasks by owner and lead; <see cref="TaskQuery.DueBefore"/> keeps only open tasks due at or before it (tasks without a
    /// due time never match); otherwise open tasks, or all with <see cref="TaskQuery.IncludeDone"/>. Ordered by
    /// due time (none last), then creation. Limit is clamped to 1..500.
    /// </summary>
    public async Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken ct = default)
    {
        var sql = new StringBuilder($"SELECT {FollowUpSql.TaskColumns} FROM tasks WHERE 1 = 1");
        var args = new DynamicParameters();
        if (query.Owner is not null) { sql.Append(" AND owner_id = @owner"); args.Add("owner", query.Owner); }
        if (query.LeadId is not null) { sql.Append(" AND lead_id = @lead"); args.Add("lead", query.LeadId); }
        if (query.DueBefore is { } before)
        {
            sql.Append(" AND done_at IS NULL AND due_at <= @dueBefore");
            args.Add("dueBefore", before.ToUnixTimeTicks());
        }
        else if (!query.IncludeDone)
        {
            sql.Append(" AND done_at IS NULL");
        }
        sql.Append(" ORDER BY due_at ASC NULLS LAST, created_at, id LIMIT @limit");
        args.Add("limit", Math.Clamp(query.Limit, 1, MaxPageSize));

        var rows = await QueryAsync<TaskRow>(sql.ToString(), args, ct);
        return rows.Select(row => row.ToRecord()).ToList();
    }

    /// <summary>Sets done_at to <paramref name="at"/> unless already done (the first time is kept); null when unknown.</summary>
    public async Task<TaskRecord?> CompleteTaskAsync(string id, Instant at, CancellationToken ct = default)
    {
        var rows = await WriteQueryAsync<TaskRow>(
            $"UPDATE tasks SET done_at = COALESCE(done_at, @at) WHERE id = @id RETURNING {FollowUpSql.TaskColumns}",
            new { id, at = at.ToUnixTimeTicks() }, ct);
        return rows.Count == 0 ? null : rows[0].ToRecord();
    }
}
