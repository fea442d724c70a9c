namespace Switchboard.Storage.Reports;

/// <summary>The reports' SQL that both dialects understand.</summary>
internal static class ReportSql
{
    public const string UpsertDistributionHead =
        "INSERT INTO report_distribution (slot, pool_id, rep_id, workflow_id, source, reason, times, assigned, expected)";

    public const string UpsertDistributionTail =
        "ON CONFLICT (slot, pool_id, rep_id, workflow_id, source, reason) DO UPDATE SET " +
        "times = report_distribution.times + excluded.times, assigned = report_distribution.assigned + excluded.assigned, " +
        "expected = report_distribution.expected + excluded.expected";

    public const string UpsertSlaHead =
        "INSERT INTO report_sla (slot, pool_id, rep_id, workflow_id, source, assignments, breaches, reassignments, escalations)";

    public const string UpsertSlaTail =
        "ON CONFLICT (slot, pool_id, rep_id, workflow_id, source) DO UPDATE SET " +
        "assignments = report_sla.assignments + excluded.assignments, breaches = report_sla.breaches + excluded.breaches, " +
        "reassignments = report_sla.reassignments + excluded.reassignments, escalations = report_sla.escalations + excluded.escalations";

    /// <summary>The filters every rollup query takes: the slot range, then pool, rep, source and workflow when given.</summary>
    public static string Where(ReportFilter filter) => Where(filter, "slot", "@from", "@to");

    /// <summary>Like <see cref="Where(ReportFilter)"/> over <paramref name="column"/> in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static string Where(ReportFilter filter, string column, string from, string to) =>
        $"{column} >= {from} AND {column} < {to}" +
        (filter.Pool is null ? "" : " AND pool_id = @pool") +
        (filter.Rep is null ? "" : " AND rep_id = @rep") +
        (filter.Source is null ? "" : " AND source = @source") +
        (filter.Workflow is null ? "" : " AND workflow_id = @workflow");

    /// <summary>
    /// Summed per pool, rep and reason; with <paramref name="days"/>, the period's folded whole days are read from the day
    /// table (<see cref="ReportDays.Rows"/>: parameters @dayFrom and @dayTo), the rest from the hourly one.
    /// </summary>
    public static string Distribution(ReportFilter filter, bool days = false) =>
        "SELECT pool_id AS PoolId, rep_id AS RepId, reason AS Reason, CAST(SUM(times) AS BIGINT) AS Times, CAST(SUM(assigned) AS BIGINT) AS Assigned, " +
        "SUM(expected) AS Expected " +
        (days ? $"FROM ({ReportDays.Rows("report_distribution", "pool_id, rep_id, reason, times, assigned, expected", filter)}) r "
              : $"FROM report_distribution WHERE {Where(filter)} ") +
        "GROUP BY pool_id, rep_id, reason";

    /// <summary>Summed per pool and rep; <paramref name="days"/> as for <see cref="Distribution"/>.</summary>
    public static string Sla(ReportFilter filter, bool days = false) =>
        "SELECT pool_id AS PoolId, rep_id AS RepId, CAST(SUM(assignments) AS BIGINT) AS Assignments, CAST(SUM(breaches) AS BIGINT) AS Breaches, " +
        "CAST(SUM(reassignments) AS BIGINT) AS Reassignments, CAST(SUM(escalations) AS BIGINT) AS Escalations " +
        (days ? $"FROM ({ReportDays.Rows("report_sla", "pool_id, rep_id, assignments, breaches, reassignments, escalations", filter)}) r "
              : $"FROM report_sla WHERE {Where(filter)} ") +
        "GROUP BY pool_id, rep_id";

    /// <summary>
    /// Leads created in the period, read from ix_leads_report alone; pool = the pool that gave the current owner, source
    /// "" for none. <paramref name="utf8"/> wraps each name column in an expression that gives its UTF-8 bytes.
    /// </summary>
    public static string Leads(ReportFilter filter, Func<string, string> utf8) =>
        $"SELECT created_at, assigned_at, first_touch_at, {utf8("owner_id")}, {utf8("routed_pool_id")}, {utf8("COALESCE(source, '')")}, status = 'assigned' FROM leads " +
        "WHERE created_at >= @from AND created_at < @to" + LeadFilters(filter, "owner_id");

    /// <summary>Leads created in the period per stage, counted from ix_leads_report alone.</summary>
    public static string LeadStages(ReportFilter filter) =>
        "SELECT stage AS Stage, COUNT(*) AS Count FROM leads WHERE created_at >= @from AND created_at < @to" + LeadFilters(filter, "owner_id") + " GROUP BY stage";

    /// <summary>
    /// Like <see cref="LeadStages"/> without filters, for SQLite: each stage's leads counted along ix_leads_stage_created
    /// (stage, created_at), the stages found by a skip scan (stages without leads in the period left out), so there is no sort of the period's leads (SQLite groups
    /// through a temporary B-tree).
    /// </summary>
    public static string LeadStagesPerStage =>
        "WITH RECURSIVE stages(stage) AS (SELECT MIN(stage) FROM leads " +
        "UNION ALL SELECT (SELECT MIN(stage) FROM leads WHERE stage > stages.stage) FROM stages WHERE stages.stage IS NOT NULL) " +
        "SELECT Stage, Count FROM (SELECT stage AS Stage, " +
        "(SELECT COUNT(*) FROM leads WHERE leads.stage = stages.stage AND created_at >= @from AND created_at < @to) AS Count " +
        "FROM stages WHERE stage IS NOT NULL) WHERE Count > 0";

    private static string LeadFilters(ReportFilter filter, string owner, string lead = "") =>
        (filter.Pool is null ? "" : $" AND {lead}routed_pool_id = @pool") +
        (filter.Rep is null ? "" : $" AND {owner} = @rep") +
        (filter.Source is null ? "" : $" AND {lead}source = @source");

    /// <summary>Deals created in the period per pipeline, stage and status; the lead is joined only for a pool or source filter.</summary>
    public static string Deals(ReportFilter filter) =>
        "SELECT d.pipeline AS Pipeline, d.stage AS Stage, d.status AS Status, COUNT(*) AS Count, SUM(d.amount) AS Amount FROM deals d " +
        (filter.Pool is null && filter.Source is null ? "" : "JOIN leads l ON l.id = d.lead_id ") +
        "WHERE d.created_at >= @from AND d.created_at < @to" + LeadFilters(filter, "d.owner_id", "l.") +
        " GROUP BY d.pipeline, d.stage, d.status";

    /// <summary>Won and lost deals closed in the period, per their lead's source and per each campaign their lead is in.</summary>
    public static string DealOutcomes(ReportFilter filter)
    {
        var closed = "FROM deals d JOIN leads l ON l.id = d.lead_id {0}WHERE d.closed_at >= @from AND d.closed_at < @to AND d.status IN ('won', 'lost')" +
                     LeadFilters(filter, "d.owner_id", "l.");
        var bySource = "SELECT 'source' AS Dimension, COALESCE(l.source, '') AS Name, d.status AS Status, COUNT(*) AS Count, SUM(d.amount) AS Amount " +
                       string.Format(closed, "") + " GROUP BY COALESCE(l.source, ''), d.status";
        var byCampaign = "SELECT 'campaign' AS Dimension, COALESCE(m.target_id, '') AS Name, d.status AS Status, COUNT(*) AS Count, SUM(d.amount) AS Amount " +
                         string.Format(closed, "LEFT JOIN memberships m ON m.lead_id = d.lead_id AND m.kind = 'campaign' ") +
                         " GROUP BY COALESCE(m.target_id, ''), d.status";
        return bySource + " UNION ALL " + byCampaign;
    }
}
