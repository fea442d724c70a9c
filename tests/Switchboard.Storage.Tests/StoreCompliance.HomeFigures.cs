using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The console's home figures, on data whose figures are worked out by hand.
public abstract partial class StoreCompliance
{
    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    /// <summary>Wednesday 2026-12-09 10:00 in Seoul: today from 12-08T15:00Z, this week from Monday 12-07 (12-06T15:00Z).</summary>
    private static readonly Instant HomeNow = Instant.FromUtc(2026, 12, 9, 1, 0);

    private static Instant Kst(int day, int hour, int minute = 0) => new LocalDateTime(2026, 12, day, hour, minute).InZoneStrictly(Seoul).ToInstant();

    private static Lead HomeLead(string id, Instant created, string status, string? owner = null, Instant? assigned = null, Instant? touched = null) => new()
    {
        Id = id, OwnerId = owner, Status = status, CreatedAt = created, UpdatedAt = created, AssignedAt = assigned, FirstTouchAt = touched,
        Data = new JsonObject { ["email"] = id + "@example.kr" },
    };

    private async Task<HomeFigures> SeedHomeAsync()
    {
        var t2 = HomeLead("t2", Kst(9, 9, 30), LeadStatus.Assigned, "rep-b", assigned: Kst(9, 9, 34));
        t2.Data["firstName"] = "민지";
        t2.Data["lastName"] = "김";
        t2.Data["company"] = "Müller GmbH";
        await InsertAsync(
            HomeLead("t1", Kst(9, 9), LeadStatus.Assigned, "rep-a", assigned: Kst(9, 9, 2), touched: Kst(9, 9, 10)),
            t2,
            HomeLead("t3", Kst(9, 9, 40), LeadStatus.Assigned, "rep-a", assigned: Kst(9, 9, 46), touched: Kst(9, 10)),
            HomeLead("t4", Kst(9, 9, 50), LeadStatus.Unassigned),
            HomeLead("w1", Kst(7, 8), LeadStatus.Queued),
            HomeLead("w2", Kst(6, 23), LeadStatus.Claimable),
            HomeLead("y1", Kst(8, 10), LeadStatus.Assigned, "rep-b", assigned: Kst(9, 9, 5)),
            HomeLead("y2", Kst(8, 23, 59), LeadStatus.Assigned, "rep-b", assigned: Kst(9, 0, 0)),
            HomeLead("y3", Kst(8, 23, 59), LeadStatus.Assigned, "rep-c", assigned: Kst(8, 23, 59)),
            HomeLead("old", Instant.FromUtc(2025, 1, 1, 0, 0), LeadStatus.Unassigned),
            HomeLead("later", Kst(10, 0, 0), LeadStatus.Unassigned));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AddEffectsAsync(TestEffects.Of(
                TestEffects.Timer(TimerKinds.Sla, HomeNow.Plus(Duration.FromMinutes(10)), "t2"),
                TestEffects.Timer(TimerKinds.Sla, HomeNow.Minus(Duration.FromMinutes(1)), "y1"),
                TestEffects.Timer(TimerKinds.Sla, HomeNow.Plus(Duration.FromMinutes(15)), "y2"),
                TestEffects.Timer(TimerKinds.ClaimWindow, HomeNow.Plus(Duration.FromMinutes(1)), "w2")), HomeNow);
            await tx.CommitAsync();
        }
        return await Store.GetHomeFiguresAsync(HomeWindow.In(Seoul, HomeNow));
    }

    [StoreFact]
    public async Task Home_counts_leads_created_today_and_this_week_in_the_viewers_zone()
    {
        var figures = await SeedHomeAsync();

        Assert.Equal(4, figures.CreatedToday);       // t1..t4; "later" is tomorrow in Seoul
        Assert.Equal(9, figures.CreatedThisWeek);    // t1..t4, later, w1 (Monday), y1..y3; w2 was the Sunday before
    }

    [StoreFact]
    public async Task Home_counts_unassigned_queued_and_claimable_leads_whenever_created()
    {
        var figures = await SeedHomeAsync();

        Assert.Equal((3, 1, 1), (figures.Unassigned, figures.Queued, figures.Claimable));
    }

    [StoreFact]
    public async Task Home_lists_sla_timers_due_within_15_minutes_overdue_first()
    {
        var figures = await SeedHomeAsync();

        Assert.Equal(["y1", "t2"], figures.SlaDueSoon.Select(due => due.LeadId));
        Assert.Equal(new SlaDue("t2", "민지", "김", "Müller GmbH", "rep-b", HomeNow.Plus(Duration.FromMinutes(10))), figures.SlaDueSoon[1]);
    }

    [StoreFact]
    public async Task Home_counts_todays_assignments_per_rep_most_first()
    {
        var figures = await SeedHomeAsync();

        Assert.Equal([new RepAssignments("rep-b", 3), new RepAssignments("rep-a", 2)], figures.AssignedToday);
    }

    [StoreFact]
    public async Task Home_medians_run_from_creation_to_assignment_and_first_touch_over_todays_leads()
    {
        var figures = await SeedHomeAsync();

        Assert.Equal(Duration.FromMinutes(4), figures.MedianToAssignment);   // t1 2, t2 4, t3 6 minutes
        Assert.Equal(Duration.FromMinutes(15), figures.MedianToFirstTouch);  // t1 10, t3 20 minutes
    }

    [StoreFact]
    public async Task Home_figures_of_an_empty_database_are_zero_and_medians_unknown()
    {
        var figures = await Store.GetHomeFiguresAsync(HomeWindow.In(Seoul, HomeNow));

        Assert.Equal((0, 0, 0, 0, 0), (figures.CreatedToday, figures.CreatedThisWeek, figures.Unassigned, figures.Queued, figures.Claimable));
        Assert.Equal((null, null), (figures.MedianToAssignment, figures.MedianToFirstTouch));
        Assert.Empty(figures.SlaDueSoon);
        Assert.Empty(figures.AssignedToday);
    }
}
