using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// Long periods: the rollups are read per UTC day for the whole days inside the period and per hour at its two ends; the
// sums must be those of the hours that start in the period, whichever table holds them.
public abstract partial class StoreCompliance
{
    /// <summary>Round-robin decisions choosing a (b eligible too, so a expects 1/2 each), one lead each, at these times.</summary>
    private async Task RouteToAAtAsync(params Instant[] times)
    {
        await Store.SaveConfigAsync(new(ReportsConfig, null, ReportHour));
        var leads = times.Select((at, i) => (ReportLead($"day{i}", "web", at), new[] { PoolDecision("rr", "round_robin", "a", at, Eligible("a"), Eligible("b")) }));
        await RouteAsync([.. leads]);
    }

    private static Instant Utc(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 11, day, hour, minute);

    [StoreFact]
    public async Task Distribution_over_days_sums_the_whole_days_and_the_hours_at_both_ends()
    {
        await RouteToAAtAsync(Utc(1, 20, 59), Utc(1, 21), Utc(2, 9), Utc(3, 23, 59), Utc(4, 2, 59), Utc(4, 3));

        var counts = await Store.GetDistributionAsync(new ReportFilter(Utc(1, 21), Utc(4, 3), Pool: "rr"));

        // In: 1 Nov 21:00 (an hour before the first whole day), 2 and 3 Nov (whole days), 4 Nov 02:59 (an hour after the last).
        Assert.Equal(4, Count(counts, "rr", "a").Assigned);
        Assert.Equal(4, Count(counts, "rr", "b").Times);
        Assert.Equal(4 * 0.5, Count(counts, "rr", "a").Expected, 9);
    }

    [StoreFact]
    public async Task Distribution_over_days_counts_an_hour_when_it_starts_inside_a_period_in_a_half_hour_zone()
    {
        // Asia/Kolkata (+05:30): 2 Nov to 3 Nov local is 1 Nov 18:30 to 3 Nov 18:30 UTC; the hour from 18:00 starts before it.
        await RouteToAAtAsync(Utc(1, 18, 45), Utc(1, 19, 10), Utc(2, 12), Utc(3, 18, 10), Utc(3, 18, 40));

        var counts = await Store.GetDistributionAsync(new ReportFilter(Utc(1, 18, 30), Utc(3, 18, 30)));

        // Not 1 Nov 18:45 (its hour starts at 18:00, before the period); 1 Nov 19:10, 2 Nov 12:00, and 3 Nov 18:10 and 18:40,
        // whose hour starts at 18:00, inside the period.
        Assert.Equal(4, Count(counts, "rr", "a").Assigned);
    }

    [StoreFact]
    public async Task Distribution_within_one_day_reads_hours_only()
    {
        await RouteToAAtAsync(Utc(2, 8, 59), Utc(2, 9), Utc(2, 17, 59), Utc(2, 18));

        var counts = await Store.GetDistributionAsync(new ReportFilter(Utc(2, 9), Utc(2, 18), Source: "web"));

        Assert.Equal(2, Count(counts, "rr", "a").Assigned);
    }

    [StoreFact]
    public async Task Sla_over_days_sums_the_whole_days_and_the_hours_at_both_ends_with_the_filters()
    {
        await RouteToAAtAsync(Utc(1, 23), Utc(2, 0), Utc(5, 23, 59), Utc(6, 0), Utc(6, 1));

        var all = await Store.GetSlaCountsAsync(new ReportFilter(Utc(1, 23), Utc(6, 1)));
        var web = await Store.GetSlaCountsAsync(new ReportFilter(Utc(1, 23), Utc(6, 1), Rep: "a", Source: "web", Workflow: "inbound"));
        var ads = await Store.GetSlaCountsAsync(new ReportFilter(Utc(1, 23), Utc(6, 1), Source: "ads"));

        Assert.Equal(4, Assert.Single(all).Assignments);   // all but 6 Nov 01:00
        Assert.Equal(4, Assert.Single(web).Assignments);
        Assert.Empty(ads);
    }
}
