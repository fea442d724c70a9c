using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

public abstract partial class SqlStore
{
    public async Task<QueuePage> ListQueueAsync(QueueQuery query, CancellationToken ct = default)
    {
        if (!QueueSql.TimerOf.TryGetValue(query.Status, out var timerKind))
            throw new ArgumentException($"'{query.Status}' is not a waiting status", nameof(query));
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        long? after = string.IsNullOrEmpty(query.Cursor) ? null : SeqCursor.Decode(query.Cursor);
        var rows = await QueryAsync<QueueRow>(QueueSql.Select(query.PoolId is not null, after is not null),
            new { status = query.Status, poolId = query.PoolId, after, timerKind, take = limit + 1 }, ct);
        return Page(rows, limit);
    }

    public async Task<QueuePage> ListRepWorkAsync(string repId, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, MaxPageSize);
        long? before = string.IsNullOrEmpty(cursor) ? null : SeqCursor.Decode(cursor);
        var rows = await QueryAsync<QueueRow>(QueueSql.SelectRepWork(before is not null), new { repId, before, take = limit + 1 }, ct);
        return Page(rows, limit);
    }

    private static QueuePage Page(IReadOnlyList<QueueRow> rows, int limit)
    {
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? SeqCursor.Encode(page[^1].Seq) : null;
        return new QueuePage(
            [.. page.Select(row => new QueueItem(
                row.ToLead(),
                row.LastDecision is { } document ? StoredJson.Read<Decision>(document) : null,
                FromTicks(row.NextAt)))],
            next);
    }
}
