using System.Data.Common;
using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Reports;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// The report rollups, written with the decisions they sum (AppendDecisionsAsync).
internal sealed partial class SqlRoutingTransaction
{
    private async Task AddReportRollupsAsync(IReadOnlyList<LeadDecisions> decisions, CancellationToken ct)
    {
        var counted = decisions.Where(lead => lead.Decisions.Any(ReportRollups.Counts)).ToList();
        if (counted.Count == 0) return;
        var sources = await SourcesAsync(counted.Select(lead => lead.LeadId), ct);
        var weights = await store.PoolWeightsAsync(session.Connection, session.Transaction,
            counted.SelectMany(lead => lead.Decisions).Where(d => d.Strategy is { } s && PoolWeights.Weighted.Contains(s)).Select(d => d.ConfigVersion), ct);
        var rollups = new ReportRollups();
        foreach (var lead in counted) rollups.Add(lead.Decisions, sources.GetValueOrDefault(lead.LeadId), weights);
        foreach (var statement in MultiRowSql.Build(ReportSql.UpsertDistributionHead, ReportSql.UpsertDistributionTail, rollups.Distribution.ToList(),
                     row => [row.Key.Slot, row.Key.PoolId, row.Key.RepId, row.Key.WorkflowId, row.Key.Source, row.Key.Reason, row.Value.Times, row.Value.Assigned, row.Value.Expected]))
            await session.Connection.ExecuteAsync(Command(statement.Sql, statement.Parameters, ct));
        foreach (var statement in MultiRowSql.Build(ReportSql.UpsertSlaHead, ReportSql.UpsertSlaTail, rollups.Sla.ToList(),
                     row => [row.Key.Slot, row.Key.PoolId, row.Key.RepId, row.Key.WorkflowId, row.Key.Source, row.Value.Assignments, row.Value.Breaches, row.Value.Reassignments, row.Value.Escalations]))
            await session.Connection.ExecuteAsync(Command(statement.Sql, statement.Parameters, ct));
    }

    /// <summary>The source field of these leads (written in this transaction or before), by id.</summary>
    private async Task<Dictionary<string, string?>> SourcesAsync(IEnumerable<string> leadIds, CancellationToken ct)
    {
        var sources = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var chunk in leadIds.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
            foreach (var row in await session.Connection.QueryAsync<(string Id, string? Source)>(
                         Command($"SELECT id, source FROM leads WHERE {store.InListSql("id", "@ids")}", new { ids = store.ListParameter(chunk) }, ct)))
                sources[row.Id] = row.Source;
        return sources;
    }
}
