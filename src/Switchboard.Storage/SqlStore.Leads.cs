using System.Text;
using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Lead and decision reads outside routing (their own pooled connections; never blocked by routing).
public abstract partial class SqlStore
{
    public const int MaxPageSize = 500;

    public async Task<Lead?> GetLeadAsync(string id, CancellationToken ct = default)
    {
        var row = await QuerySingleOrDefaultAsync<LeadRow>(LeadSql.SelectById, new { id }, ct);
        return row?.ToLead();
    }

    /// <summary>
    /// In <see cref="LeadQuery.Sort"/> order. Owner, status, stage, pool, grade and source match exactly, MinScore is a lower
    /// bound, the created range is [CreatedFrom, CreatedTo); Q is a case-insensitive substring over email, firstName, lastName
    /// and company (see LeadSearch). Limit is clamped to 1..500. Pages continue from the cursor's sort key (keyset, never an
    /// offset), so a lead added between pages neither repeats nor shifts the next page.
    /// </summary>
    /// <exception cref="ArgumentException">The cursor is not one this store produced for this sort and filter.</exception>
    public async Task<LeadPage> ListLeadsAsync(LeadQuery query, CancellationToken ct = default)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var sql = new StringBuilder($"SELECT {LeadSql.Columns} FROM leads WHERE 1 = 1");
        var args = LeadFilterSql(query, sql);
        var after = string.IsNullOrEmpty(query.Cursor) ? (LeadCursor?)null : LeadCursor.Decode(query, query.Cursor);
        sql.Append(LeadSql.Page(query.Sort, after is not null));
        if (after is { } key) args.AddDynamicParams(new { afterScore = key.Score, afterCreated = key.CreatedAt, afterSeq = key.Seq });
        args.Add("take", limit + 1);

        var rows = await QueryAsync<LeadRow>(sql.ToString(), args, ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? LeadCursor.Encode(query, page[^1].Score, page[^1].CreatedAt, page[^1].Seq) : null;
        return new LeadPage(page.Select(row => row.ToLead()).ToList(), next);
    }

    /// <summary>Appends " AND …" for each filter of the query to <paramref name="sql"/>; returns their parameters.</summary>
    private DynamicParameters LeadFilterSql(LeadQuery query, StringBuilder sql)
    {
        var args = new DynamicParameters();
        foreach (var (column, value) in new[] { ("owner_id", query.Owner), ("status", query.Status), ("stage", query.Stage),
                     ("pool_id", query.PoolId), ("grade", query.Grade), ("source", query.Source) })
            Filter(sql, args, column, value);
        if (query.MinScore is { } minScore) { sql.Append(" AND score >= @minScore"); args.Add("minScore", minScore); }
        if (query.CreatedFrom is { } from) { sql.Append(" AND created_at >= @createdFrom"); args.Add("createdFrom", from.ToUnixTimeTicks()); }
        if (query.CreatedTo is { } to) { sql.Append(" AND created_at < @createdTo"); args.Add("createdTo", to.ToUnixTimeTicks()); }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            sql.Append(" AND ").Append(ContainsSql("search_text", "@q"));
            args.Add("q", LeadSearch.Fold(query.Q));
        }
        return args;
    }

    /// <summary>Oldest first, in the order they were appended.</summary>
    public async Task<IReadOnlyList<Decision>> GetDecisionsAsync(string leadId, CancellationToken ct = default)
    {
        var documents = await QueryAsync<string>(LeadSql.DecisionsOfLead, new { leadId }, ct);
        return documents.Select(StoredJson.Read<Decision>).ToList();
    }
}
