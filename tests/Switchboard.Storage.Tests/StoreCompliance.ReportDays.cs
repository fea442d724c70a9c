using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The daily rollups: whole UTC days of the hourly rollups folded in the background up to a watermark; reads that take
// the folded days from them give the figures the hourly rows give.
public abstract partial class StoreCompliance
{
    /// <summary>Sunday 2026-11-01 00:00 UTC: the seed's decisions fall on that day and the three after it.</summary>
    private static readonly Instant FoldDay = Instant.FromUtc(2026, 11, 1, 0, 0);

    private static Instant Day(int day, int hour = 0, int minute = 0) => FoldDay + Duration.FromDays(day) + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    /// <summary>Pool decisions and an SLA breach with its reassignment at the start, middle and end of four UTC days.</summary>
    private async Task SeedFoldDaysAsync()
    {
        await Store.SaveConfigAsync(new(ReportsConfig, null, FoldDay));
        var routed = new List<(Lead, Decision[])>();
        foreach (var (day, hour, minute) in new[] { (0, 0, 0), (0, 11, 30), (0, 23, 59), (1, 9, 0), (2, 0, 10), (2, 13, 0), (3, 8, 0), (3, 12, 59), (3, 13, 0), (3, 23, 0) })
        {
            var at = Day(day, hour, minute);
            var id = $"f{day}-{hour}-{minute}";
            routed.Add((ReportLead(id, day % 2 == 0 ? "web" : "ads", at), [
                PoolDecision("rr", "round_robin", "a", at, Eligible("a"), Eligible("b"), Skipped("c", "out_of_office")),
                PoolDecision("wrr", "weighted_round_robin", "b", at, Eligible("a"), Eligible("b")),
                SlaDecision(Outcomes.SlaBreached, "sla", "a", at),
                PoolDecision("rr", "round_robin", "b", at, Skipped("a", "excluded"), Eligible("b")) with { Action = "sla_reassign" }]));
        }
        await RouteAsync([.. routed]);
    }

    /// <summary>Both rollup reads of a period, in one comparable text per row (expected counts to 9 decimals).</summary>
    private async Task<List<string>> RollupFiguresAsync(Instant from, Instant to, string? source = null)
    {
        var filter = new ReportFilter(from, to, Source: source);
        var distribution = (await Store.GetDistributionAsync(filter)).Select(c => $"{c.PoolId}/{c.RepId}/{c.Reason}: {c.Times} {c.Assigned} {c.Expected:F9}");
        var sla = (await Store.GetSlaCountsAsync(filter)).Select(c => $"{c.PoolId}/{c.RepId}: {c.Assignments} {c.Breaches} {c.Reassignments} {c.Escalations}");
        return [.. distribution.Concat(sla).Order(StringComparer.Ordinal)];
    }

    [StoreFact]
    public async Task Reports_give_the_same_figures_with_folded_days_for_a_period_starting_and_ending_mid_day()
    {
        await SeedFoldDaysAsync();
        var (from, to) = (Day(0, 11), Day(3, 13));
        var hourly = await RollupFiguresAsync(from, to);
        var web = await RollupFiguresAsync(from, to, source: "web");

        await Store.FoldReportDaysAsync(Day(4, 1));

        Assert.NotEmpty(hourly);
        Assert.Equal(hourly, await RollupFiguresAsync(from, to));
        Assert.Equal(web, await RollupFiguresAsync(from, to, source: "web"));
    }

    [StoreFact]
    public async Task Folding_again_folds_no_day_twice()
    {
        await SeedFoldDaysAsync();
        var hourly = await RollupFiguresAsync(FoldDay, Day(4));

        var first = await Store.FoldReportDaysAsync(Day(4, 1));
        var second = await Store.FoldReportDaysAsync(Day(4, 1));

        Assert.Equal((Day(4), Day(4)), (first, second));
        Assert.Equal(hourly, await RollupFiguresAsync(FoldDay, Day(4)));
    }

    [StoreFact]
    public async Task A_fold_stops_at_the_start_of_the_UTC_day_of_until()
    {
        await SeedFoldDaysAsync();

        var watermark = await Store.FoldReportDaysAsync(Day(2, 15));
        // An hour of the day not folded yet still counts when it is written after the fold.
        await RouteAsync((ReportLead("late", "web", Day(2, 16)), [PoolDecision("rr", "round_robin", "c", Day(2, 16), Eligible("c"))]));

        Assert.Equal(Day(2), watermark);
        var c = Assert.Single(await Store.GetDistributionAsync(new ReportFilter(FoldDay, Day(4), Pool: "rr")), c => c.RepId == "c" && c.Reason == "");
        Assert.Equal(1, c.Assigned);
    }

    [StoreFact]
    public async Task The_fold_watermark_moves_only_forward()
    {
        await SeedFoldDaysAsync();
        var hourly = await RollupFiguresAsync(FoldDay, Day(4));

        await Store.FoldReportDaysAsync(Day(3, 2));
        var earlier = await Store.FoldReportDaysAsync(Day(1, 2));

        Assert.Equal(Day(3), earlier);
        Assert.Equal(hourly, await RollupFiguresAsync(FoldDay, Day(4)));
    }

    [StoreFact]
    public async Task A_fold_over_no_rollups_moves_nothing()
    {
        Assert.Equal(Instant.FromUnixTimeTicks(0), await Store.FoldReportDaysAsync(Day(4)));
    }
}
