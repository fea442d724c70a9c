using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Reports;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// The report rollups, written with the decisions they sum (AppendDecisionsAsync).
internal sealed partial class SqlRoutingTransaction
{
    /// <summary>The source of each lead this transaction inserted or updated, as written: the rollups' source without reading it back.</summary>
    private readonly Dictionary<string, string?> _sources = new(StringComparer.Ordinal);

    private void RememberSource(Lead lead) => _sources[lead.Id] = LeadSearch.Source(lead.Data);

    private async Task AddReportRollupsAsync(IReadOnlyList<LeadDecisions> decisions, CancellationToken ct)
    {
        var counted = decisions.Where(lead => lead.Decisions.Any(ReportRollups.Counts)).ToList();
        if (counted.Count == 0) return;
        await ReadSourcesAsync(counted.Select(lead => lead.LeadId).Where(id => !_sources.ContainsKey(id)), ct);
        var weights = await store.PoolWeightsAsync(session.Connection, session.Transaction, counted, ct);
        var rollups = new ReportRollups();
        foreach (var lead in counted) rollups.Add(lead.Decisions, _sources.GetValueOrDefault(lead.LeadId), weights);
        await ExecuteValuesAsync(ReportSql.UpsertDistributionHead, ReportSql.UpsertDistributionTail, rollups.Distribution.ToList(),
            row => [row.Key.Slot, row.Key.PoolId, row.Key.RepId, row.Key.WorkflowId, row.Key.Source, row.Key.Reason, row.Value.Times, row.Value.Assigned, row.Value.Expected], ct);
        await ExecuteValuesAsync(ReportSql.UpsertSlaHead, ReportSql.UpsertSlaTail, rollups.Sla.ToList(),
            row => [row.Key.Slot, row.Key.PoolId, row.Key.RepId, row.Key.WorkflowId, row.Key.Source, row.Value.Assignments, row.Value.Breaches, row.Value.Reassignments, row.Value.Escalations], ct);
    }

    /// <summary>The source of leads written before this transaction (decisions appended to a lead it did not write), into <see cref="_sources"/>.</summary>
    private async Task ReadSourcesAsync(IEnumerable<string> leadIds, CancellationToken ct)
    {
        foreach (var chunk in leadIds.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
            foreach (var row in await session.Connection.QueryAsync<(string Id, string? Source)>(
                         Command($"SELECT id, source FROM leads WHERE {store.InListSql("id", "@ids")}", new { ids = store.ListParameter(chunk) }, ct)))
                _sources[row.Id] = row.Source;
    }
}
