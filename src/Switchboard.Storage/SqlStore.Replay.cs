using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Replay reads: ranges of ix_leads_created / ix_leads_source_created, ix_decisions_lead (ordered by its own columns, so
// no plan walks the whole table in id order) and ix_leads_assigned.
public abstract partial class SqlStore
{
    public async Task<int> CountLeadsCreatedAsync(Instant from, Instant to, string? source, CancellationToken ct = default) =>
        (int)await QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM leads WHERE created_at >= @from AND created_at < @to" + (source is null ? "" : " AND source = @source"),
            new { from = from.ToUnixTimeTicks(), to = to.ToUnixTimeTicks(), source }, ct);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Decision>>> GetDecisionsOfLeadsAsync(IReadOnlyCollection<string> leadIds, CancellationToken ct = default)
    {
        var found = new Dictionary<string, List<Decision>>(StringComparer.Ordinal);
        foreach (var chunk in leadIds.Chunk(MaxPageSize))
            foreach (var (leadId, document) in await QueryAsync<(string, string)>(
                         $"SELECT lead_id, document FROM decisions WHERE {InListSql("lead_id", "@ids")} ORDER BY lead_id, id", new { ids = ListParameter(chunk) }, ct))
            {
                if (!found.TryGetValue(leadId, out var decisions)) found[leadId] = decisions = [];
                decisions.Add(StoredJson.Read<Decision>(document));
            }
        return found.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<Decision>)entry.Value, StringComparer.Ordinal);
    }

    public async Task<AssignmentHistory> GetAssignmentHistoryAsync(Instant before, Instant since, CancellationToken ct = default)
    {
        var args = new { before = before.ToUnixTimeTicks(), since = since.ToUnixTimeTicks() };
        var open = await QueryAsync<(string, long)>(
            "SELECT owner_id, COUNT(*) FROM leads WHERE assigned_at < @before AND owner_id IS NOT NULL " +
            "AND status NOT IN ('converted', 'disqualified', 'recycled') GROUP BY owner_id", args, ct);
        var recent = await QueryAsync<(string, long)>(
            "SELECT owner_id, assigned_at FROM leads WHERE assigned_at >= @since AND assigned_at < @before AND owner_id IS NOT NULL", args, ct);
        return new AssignmentHistory(open.ToDictionary(o => o.Item1, o => (int)o.Item2, StringComparer.Ordinal), recent);
    }
}
