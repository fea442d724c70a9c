using System.Text;
using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Deals and engagement events: written by routing transactions, read here.
public abstract partial class SqlStore
{
    public async Task<Deal?> GetDealAsync(string id, CancellationToken ct = default) =>
        (await QuerySingleOrDefaultAsync<DealRow>(LifecycleSql.DealById, new { id }, ct))?.ToDeal();

    /// <summary>Newest first (by deals.seq); every filter matches exactly; limit clamped to 1..500.</summary>
    /// <exception cref="ArgumentException">The cursor is not one this store produced.</exception>
    public async Task<DealPage> ListDealsAsync(DealQuery query, CancellationToken ct = default)
    {
        var sql = new StringBuilder($"SELECT {LifecycleSql.DealColumns} FROM deals WHERE 1 = 1");
        var args = new DynamicParameters();
        Filter(sql, args, "owner_id", query.Owner);
        Filter(sql, args, "lead_id", query.LeadId);
        Filter(sql, args, "pipeline", query.Pipeline);
        Filter(sql, args, "stage", query.Stage);
        Filter(sql, args, "status", query.Status);
        var (rows, next) = await PageNewestFirstAsync<DealRow>(sql, args, query.Cursor, query.Limit, row => row.Seq, ct);
        return new DealPage([.. rows.Select(row => row.ToDeal())], next);
    }

    /// <exception cref="ArgumentException">The cursor is not one this store produced.</exception>
    public async Task<EventPage> ListEventsAsync(string leadId, string? cursor, int limit, CancellationToken ct = default)
    {
        var sql = new StringBuilder($"SELECT {LifecycleSql.EventColumns} FROM events WHERE lead_id = @leadId");
        var args = new DynamicParameters(new { leadId });
        var (rows, next) = await PageNewestFirstAsync<EventRow>(sql, args, cursor, limit, row => row.Seq, ct);
        return new EventPage([.. rows.Select(row => row.ToEvent())], next);
    }

    private static void Filter(StringBuilder sql, DynamicParameters args, string column, string? value)
    {
        if (value is null) return;
        sql.Append($" AND {column} = @{column}");
        args.Add(column, value);
    }

    /// <summary>Appends the cursor condition and ORDER BY seq DESC LIMIT to <paramref name="sql"/>; returns one page and the next cursor.</summary>
    private async Task<(List<T> Rows, string? Next)> PageNewestFirstAsync<T>(
        StringBuilder sql, DynamicParameters args, string? cursor, int limit, Func<T, long> seq, CancellationToken ct)
    {
        var take = Math.Clamp(limit, 1, MaxPageSize);
        if (!string.IsNullOrEmpty(cursor))
        {
            sql.Append(" AND seq < @before");
            args.Add("before", SeqCursor.Decode(cursor));
        }
        sql.Append(" ORDER BY seq DESC LIMIT @take");
        args.Add("take", take + 1);
        var rows = await QueryAsync<T>(sql.ToString(), args, ct);
        var page = rows.Take(take).ToList();
        return (page, rows.Count > take ? SeqCursor.Encode(seq(page[^1])) : null);
    }
}
