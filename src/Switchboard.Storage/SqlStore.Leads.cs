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
    /// Newest first (by leads.seq). Owner, status, stage, pool and grade match exactly, MinScore is a lower bound; Q is a case-insensitive
    /// substring over email, firstName, lastName and company (see LeadSearch). Limit is clamped to 1..500.
    /// </summary>
    /// <exception cref="ArgumentException">The cursor is not one this store produced.</exception>
    public async Task<LeadPage> ListLeadsAsync(LeadQuery query, CancellationToken ct = default)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var sql = new StringBuilder($"SELECT {LeadSql.Columns} FROM leads WHERE 1 = 1");
        var args = new DynamicParameters();
        if (query.Owner is not null) { sql.Append(" AND owner_id = @owner"); args.Add("owner", query.Owner); }
        if (query.Status is not null) { sql.Append(" AND status = @status"); args.Add("status", query.Status); }
        if (query.Stage is not null) { sql.Append(" AND stage = @stage"); args.Add("stage", query.Stage); }
        if (query.PoolId is not null) { sql.Append(" AND pool_id = @poolId"); args.Add("poolId", query.PoolId); }
        if (query.MinScore is { } minScore) { sql.Append(" AND score >= @minScore"); args.Add("minScore", minScore); }
        if (query.Grade is not null) { sql.Append(" AND grade = @grade"); args.Add("grade", query.Grade); }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            sql.Append(" AND ").Append(ContainsSql("search_text", "@q"));
            args.Add("q", LeadSearch.Fold(query.Q));
        }
        if (!string.IsNullOrEmpty(query.Cursor))
        {
            sql.Append(" AND seq < @before");
            args.Add("before", SeqCursor.Decode(query.Cursor));
        }
        sql.Append(" ORDER BY seq DESC LIMIT @take");
        args.Add("take", limit + 1);

        var rows = await QueryAsync<LeadRow>(sql.ToString(), args, ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? SeqCursor.Encode(page[^1].Seq) : null;
        return new LeadPage(page.Select(row => row.ToLead()).ToList(), next);
    }

    /// <summary>Oldest first, in the order they were appended.</summary>
    public async Task<IReadOnlyList<Decision>> GetDecisionsAsync(string leadId, CancellationToken ct = default)
    {
        var documents = await QueryAsync<string>(LeadSql.DecisionsOfLead, new { leadId }, ct);
        return documents.Select(StoredJson.Read<Decision>).ToList();
    }
}
