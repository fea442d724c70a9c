using Dapper;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Replay reads: ranges of ix_leads_created / ix_leads_source_created, ix_decisions_lead (ordered by its own columns, so
// no plan walks the whole table in id order) and ix_leads_assigned. A batch after the first starts at the last one's
// (created_at, seq) and has no "created_at >= @from" besides: with both, SQLite starts the index range at @from and
// filters the row value, so every batch would walk all the leads before it (a replay quadratic in its leads).
public abstract partial class SqlStore
{
    public async Task<int> CountLeadsCreatedAsync(Instant from, Instant to, string? source, CancellationToken ct = default) =>
        (int)await QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM leads WHERE created_at >= @from AND created_at < @to" + (source is null ? "" : " AND source = @source"),
            new { from = from.ToUnixTimeTicks(), to = to.ToUnixTimeTicks(), source }, ct);

    public async Task<ReplayBatch> ListReplayLeadsAsync(Instant from, Instant to, string? source, ReplayKey? after, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenConnectionAsync(ct);
        await using var snapshot = await BeginSnapshotAsync(connection, ct);
        var rows = (await connection.QueryAsync<(string Id, long Seq, string? ExternalId, long CreatedAt, string Data, string? FormId)>(new CommandDefinition(
            "SELECT id, seq, external_id, created_at, data, form_id FROM leads WHERE " +
            (after is null ? "created_at >= @from" : "(created_at, seq) > (@afterCreated, @afterSeq)") + " AND created_at < @to" +
            (source is null ? "" : " AND source = @source") + " ORDER BY created_at, seq LIMIT @take",
            new { from = from.ToUnixTimeTicks(), to = to.ToUnixTimeTicks(), source, afterCreated = after?.CreatedAt, afterSeq = after?.Seq, take = limit + 1 },
            snapshot, cancellationToken: ct))).AsList();
        var leads = rows.Take(limit).ToList();
        var stored = new Dictionary<string, List<Decision>>(StringComparer.Ordinal);
        foreach (var (leadId, document) in await connection.QueryAsync<(string, string)>(new CommandDefinition(
                     $"SELECT lead_id, document FROM decisions WHERE {InListSql("lead_id", "@ids")} ORDER BY lead_id, id",
                     new { ids = ListParameter(leads.Select(l => l.Id)) }, snapshot, cancellationToken: ct)))
        {
            if (!stored.TryGetValue(leadId, out var decisions)) stored[leadId] = decisions = [];
            decisions.Add(DecisionHead.Read(document));
        }
        return new ReplayBatch(
            [.. leads.Select(l => new ReplayLead(l.Id, l.ExternalId, Instant.FromUnixTimeTicks(l.CreatedAt), StoredJson.ReadObject(l.Data),
                stored.TryGetValue(l.Id, out var decisions) ? RoutingOutcome.IntakeDecisions(decisions) : [], l.FormId))],
            rows.Count > limit ? new ReplayKey(leads[^1].CreatedAt, leads[^1].Seq) : null);
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
