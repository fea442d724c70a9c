using System.Data.Common;
using Dapper;
using Switchboard.Engine.Model;
using Switchboard.Storage.Reports;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Reports: the rollups routing writes (report_distribution, report_sla), and indexed reads of leads and deals.
public abstract partial class SqlStore
{
    /// <summary>Member weights per configuration version: versions never change once saved, so each is read once.</summary>
    private readonly PoolWeights _poolWeights = new();

    public async Task<IReadOnlyList<DistributionCount>> GetDistributionAsync(ReportFilter filter, CancellationToken ct = default) =>
        await ReadRollupAsync<DistributionCount>(filter, ReportSql.Distribution, ct);

    public async Task<IReadOnlyList<SlaCount>> GetSlaCountsAsync(ReportFilter filter, CancellationToken ct = default) =>
        await ReadRollupAsync<SlaCount>(filter, ReportSql.Sla, ct);

    public async Task ReadReportLeadsAsync(ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await ReadReportLeadsAsync(connection, ReportSql.Leads(filter, Utf8Sql), filter, each, ct);
    }

    /// <summary>Runs <see cref="ReportSql.Leads"/> on <paramref name="connection"/> into blocks (see <see cref="ReportLeadBlock"/>), the dialect's fastest way.</summary>
    private protected abstract Task ReadReportLeadsAsync(DbConnection connection, string sql, ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct);

    /// <summary>An expression for the UTF-8 bytes of a text expression, as <see cref="ReadReportLeadsAsync(DbConnection, string, ReportFilter, Action{ReportLeadBlock}, CancellationToken)"/> reads them.</summary>
    private protected abstract string Utf8Sql(string text);

    public async Task<IReadOnlyList<LeadStageCount>> GetLeadStageCountsAsync(ReportFilter filter, CancellationToken ct = default) =>
        await QueryAsync<LeadStageCount>(LeadStagesSql(filter), Args(filter), ct);

    /// <summary>The SQL of <see cref="GetLeadStageCountsAsync"/>: <see cref="ReportSql.LeadStages"/> unless the dialect counts faster.</summary>
    private protected virtual string LeadStagesSql(ReportFilter filter) => ReportSql.LeadStages(filter);

    public async Task<IReadOnlyList<DealCount>> GetDealCountsAsync(ReportFilter filter, CancellationToken ct = default) =>
        await QueryAsync<DealCount>(ReportSql.Deals(filter), Args(filter), ct);

    public async Task<IReadOnlyList<DealOutcome>> GetDealOutcomesAsync(ReportFilter filter, CancellationToken ct = default) =>
        await QueryAsync<DealOutcome>(ReportSql.DealOutcomes(filter), Args(filter), ct);

    /// <summary>The rollup queries' parameters: the period as slot bounds (Unix ticks) and the filters.</summary>
    private static object Args(ReportFilter filter) => new
    {
        from = filter.From.ToUnixTimeTicks(), to = filter.To.ToUnixTimeTicks(),
        pool = filter.Pool, rep = filter.Rep, source = filter.Source, workflow = filter.Workflow,
    };

    /// <summary>The member weights of the pools, with those of these decisions' configuration versions read in the routing transaction when not known yet.</summary>
    internal async Task<PoolWeights> PoolWeightsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<LeadDecisions> decisions, CancellationToken ct)
    {
        foreach (var version in _poolWeights.Unknown(decisions).ToList())
        {
            var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT document FROM config_versions WHERE version = @version", new { version }, transaction, cancellationToken: ct));
            if (json is not null) _poolWeights.Add(version, StoredJson.Read<RoutingConfig>(json));
        }
        return _poolWeights;
    }
}
