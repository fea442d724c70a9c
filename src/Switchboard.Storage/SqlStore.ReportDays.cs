using Dapper;
using NodaTime;
using Switchboard.Storage.Reports;

namespace Switchboard.Storage;

// Reports: the daily rollups folded from the hourly ones (ReportDays), and the rollup reads that use them.
public abstract partial class SqlStore
{
    public async Task<Instant> FoldReportDaysAsync(Instant until, CancellationToken ct = default)
    {
        var target = ReportDays.Floor(until.ToUnixTimeTicks());
        while (true)
        {
            await using var session = await BeginWriteAsync(WriteLock.Rows, ct);
            CommandDefinition Command(string sql, object? args = null) => new(sql, args, session.Transaction, cancellationToken: ct);
            var watermark = await session.Connection.QuerySingleAsync<long>(Command(ReportDays.Watermark));
            var first = await session.Connection.QuerySingleAsync<long?>(Command(ReportDays.FirstSlot, new { from = watermark }));
            var start = first is { } slot ? Math.Max(watermark, ReportDays.Floor(slot)) : target;
            if (start >= target) return Instant.FromUnixTimeTicks(watermark);
            var end = Math.Min(target, start + ReportDays.ChunkDays * ReportDays.DayTicks);
            // Another process moved the watermark since it was read (PostgreSQL): read it again.
            if (await session.Connection.ExecuteAsync(Command(ReportDays.MoveWatermark, new { read = watermark, end })) == 0) continue;
            await session.Connection.ExecuteAsync(Command(ReportDays.FoldDistribution, new { start, end }));
            await session.Connection.ExecuteAsync(Command(ReportDays.FoldSla, new { start, end }));
            await session.CommitAsync(ct);
        }
    }

    /// <summary>
    /// A rollup read (<see cref="ReportSql.Distribution"/>, <see cref="ReportSql.Sla"/>): when the period holds whole UTC
    /// days, the watermark and the rows are read in one snapshot, so a fold between the two never counts a day twice or not at all.
    /// </summary>
    private async Task<IReadOnlyList<T>> ReadRollupAsync<T>(ReportFilter filter, Func<ReportFilter, bool, string> sql, CancellationToken ct)
    {
        var (from, to) = (filter.From.ToUnixTimeTicks(), filter.To.ToUnixTimeTicks());
        if (ReportDays.Folded(from, to, long.MaxValue) is null) return await QueryAsync<T>(sql(filter, false), Args(filter), ct);
        await using var connection = await OpenConnectionAsync(ct);
        await using var snapshot = await BeginSnapshotAsync(connection, ct);
        var watermark = await connection.QuerySingleAsync<long>(new CommandDefinition(ReportDays.Watermark, null, snapshot, cancellationToken: ct));
        var args = new DynamicParameters(Args(filter));
        var days = ReportDays.Folded(from, to, watermark);
        if (days is { } folded)
        {
            args.Add("dayFrom", folded.Start);
            args.Add("dayTo", folded.End);
        }
        var rows = await connection.QueryAsync<T>(new CommandDefinition(sql(filter, days is not null), args, snapshot, cancellationToken: ct));
        return rows.AsList();
    }
}
