using NodaTime;

namespace Switchboard.Storage.Reports;

/// <summary>
/// The daily rollups (migration 0014_report_days): the hourly rows of whole UTC days summed per day, folded in the background
/// up to a watermark (<c>report_folds.folded_until</c>: the first UTC day not folded yet). A read takes the whole UTC days
/// of its period below the watermark from the day tables and its other hours from the hourly ones.
/// </summary>
internal static class ReportDays
{
    public static readonly long DayTicks = Duration.FromDays(1).BclCompatibleTicks;

    /// <summary>Days folded per write transaction, so a first fold of a year never holds SQLite's write lock long.</summary>
    public const int ChunkDays = 31;

    /// <summary>The start (Unix ticks) of the UTC day holding <paramref name="ticks"/>.</summary>
    public static long Floor(long ticks) => ticks - (((ticks % DayTicks) + DayTicks) % DayTicks);

    /// <summary>The start of the first UTC day that starts at or after <paramref name="ticks"/>.</summary>
    public static long Ceiling(long ticks) => Floor(ticks) == ticks ? ticks : Floor(ticks) + DayTicks;

    /// <summary>
    /// The whole UTC days [Start, End) of [<paramref name="from"/>, <paramref name="to"/>) folded below
    /// <paramref name="foldedUntil"/>; null when there is none.
    /// </summary>
    public static (long Start, long End)? Folded(long from, long to, long foldedUntil)
    {
        var (start, end) = (Ceiling(from), Math.Min(Floor(to), foldedUntil));
        return start < end ? (start, end) : null;
    }

    public const string Watermark = "SELECT folded_until FROM report_folds WHERE id = 1";

    /// <summary>Moves the watermark only from what the folder read, so two processes never fold a day twice.</summary>
    public const string MoveWatermark = "UPDATE report_folds SET folded_until = @end WHERE id = 1 AND folded_until = @read";

    /// <summary>The first hour at or after @from that has rows: a fold skips the empty days before it.</summary>
    public const string FirstSlot =
        "SELECT MIN(slot) FROM (SELECT MIN(slot) AS slot FROM report_distribution WHERE slot >= @from " +
        "UNION ALL SELECT MIN(slot) AS slot FROM report_sla WHERE slot >= @from) firsts";

    private static readonly string Day = $"slot - slot % {DayTicks}";

    public static readonly string FoldDistribution =
        "INSERT INTO report_distribution_days (day, pool_id, rep_id, workflow_id, source, reason, times, assigned, expected) " +
        $"SELECT {Day}, pool_id, rep_id, workflow_id, source, reason, CAST(SUM(times) AS BIGINT), CAST(SUM(assigned) AS BIGINT), SUM(expected) " +
        $"FROM report_distribution WHERE slot >= @start AND slot < @end GROUP BY {Day}, pool_id, rep_id, workflow_id, source, reason " +
        "ON CONFLICT (day, pool_id, rep_id, workflow_id, source, reason) DO UPDATE SET " +
        "times = report_distribution_days.times + excluded.times, assigned = report_distribution_days.assigned + excluded.assigned, " +
        "expected = report_distribution_days.expected + excluded.expected";

    public static readonly string FoldSla =
        "INSERT INTO report_sla_days (day, pool_id, rep_id, workflow_id, source, assignments, breaches, reassignments, escalations) " +
        $"SELECT {Day}, pool_id, rep_id, workflow_id, source, CAST(SUM(assignments) AS BIGINT), CAST(SUM(breaches) AS BIGINT), " +
        "CAST(SUM(reassignments) AS BIGINT), CAST(SUM(escalations) AS BIGINT) " +
        $"FROM report_sla WHERE slot >= @start AND slot < @end GROUP BY {Day}, pool_id, rep_id, workflow_id, source " +
        "ON CONFLICT (day, pool_id, rep_id, workflow_id, source) DO UPDATE SET " +
        "assignments = report_sla_days.assignments + excluded.assignments, breaches = report_sla_days.breaches + excluded.breaches, " +
        "reassignments = report_sla_days.reassignments + excluded.reassignments, escalations = report_sla_days.escalations + excluded.escalations";

    /// <summary>
    /// The rows of <paramref name="columns"/> for a period with folded days: the day rows of [@dayFrom, @dayTo), the hourly
    /// rows of [@from, @dayFrom) and [@dayTo, @to), all with the filters; the caller sums them.
    /// </summary>
    public static string Rows(string table, string columns, ReportFilter filter) =>
        $"SELECT {columns} FROM {table}_days WHERE {ReportSql.Where(filter, "day", "@dayFrom", "@dayTo")} " +
        $"UNION ALL SELECT {columns} FROM {table} WHERE {ReportSql.Where(filter, "slot", "@from", "@dayFrom")} " +
        $"UNION ALL SELECT {columns} FROM {table} WHERE {ReportSql.Where(filter, "slot", "@dayTo", "@to")}";
}
