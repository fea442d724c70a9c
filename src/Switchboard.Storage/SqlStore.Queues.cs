using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

public abstract partial class SqlStore
{
    public async Task<QueuePage> ListQueueAsync(QueueQuery query, CancellationToken ct = default)
    {
        if (!QueueSql.TimerOf.TryGetValue(query.Status, out var timerKind))
            throw new ArgumentException($"'{query.Status}' is not a waiting status", nameof(query));
        // The cursor is a lead list's (oldest first, this status and pool), so it continues only this queue.
        var list = new LeadQuery { Status = query.Status, PoolId = query.PoolId, Sort = LeadSort.CreatedAscending };
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        LeadCursor? after = string.IsNullOrEmpty(query.Cursor) ? null : LeadCursor.Decode(list, query.Cursor);
        var rows = await QueryAsync<QueueRow>(QueueSql.Select(query.PoolId is not null, after is not null),
            new { status = query.Status, poolId = query.PoolId, createdAt = after?.CreatedAt, seq = after?.Seq, timerKind, take = limit + 1 }, ct);
        return Page(rows, limit, list);
    }

    public async Task<QueuePage> ListRepWorkAsync(string repId, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        var list = new LeadQuery { Owner = repId, Status = LeadStatus.Assigned, Sort = LeadSort.Created };
        limit = Math.Clamp(limit, 1, MaxPageSize);
        LeadCursor? before = string.IsNullOrEmpty(cursor) ? null : LeadCursor.Decode(list, cursor);
        var rows = await QueryAsync<QueueRow>(QueueSql.SelectRepWork(before is not null),
            new { repId, createdAt = before?.CreatedAt, seq = before?.Seq, take = limit + 1 }, ct);
        return Page(rows, limit, list);
    }

    private static QueuePage Page(IReadOnlyList<QueueRow> rows, int limit, LeadQuery list)
    {
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? LeadCursor.Encode(list, page[^1].Score, page[^1].CreatedAt, page[^1].Seq) : null;
        return new QueuePage(
            [.. page.Select(row => new QueueItem(
                row.ToLead(),
                row.LastDecision is { } document ? StoredJson.Read<Decision>(document) : null,
                FromTicks(row.NextAt)))],
            next);
    }
}
