using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

public class CapacityTests
{
    private static Rep WithCapacity(string zone, Capacity capacity) => new() { Id = "rep", TimeZone = zone, Capacity = capacity };

    [Fact]
    public void cap_open_when_open_leads_reach_max_open()
    {
        var kim = WithCapacity("Asia/Seoul", new Capacity { MaxOpen = 2 });
        Assert.Null(FirstFailure(kim, "2026-06-10T03:00:00Z", load: new RepLoad { RepId = "rep", Open = 1 }));
        Assert.Equal(EligibilityReasons.CapOpen, FirstFailure(kim, "2026-06-10T03:00:00Z", load: new RepLoad { RepId = "rep", Open = 2 }));
    }

    [Fact]
    public void day_cap_counts_the_assignments_of_the_reps_local_day()
    {
        var anna = WithCapacity("Europe/Berlin", new Capacity { PerDay = 3 });
        var load = new RepLoad { RepId = "rep", DayKey = "2026-06-10", DayCount = 3 };
        Assert.Equal(EligibilityReasons.CapDay, FirstFailure(anna, "2026-06-10T21:59:59Z", load: load)); // 23:59:59 in Berlin
    }

    [Fact]
    public void day_cap_resets_on_a_new_local_day()
    {
        var anna = WithCapacity("Europe/Berlin", new Capacity { PerDay = 3 });
        var load = new RepLoad { RepId = "rep", DayKey = "2026-06-10", DayCount = 3 };
        Assert.Null(FirstFailure(anna, "2026-06-10T22:00:00Z", load: load)); // 00:00 on 11 June in Berlin, still 10 June in UTC
    }

    [Fact]
    public void week_cap_counts_the_assignments_of_the_reps_local_iso_week()
    {
        var kim = WithCapacity("Asia/Seoul", new Capacity { PerWeek = 5 });
        var load = new RepLoad { RepId = "rep", WeekKey = "2026-W48", WeekCount = 5 };
        Assert.Equal(EligibilityReasons.CapWeek, FirstFailure(kim, "2026-11-29T14:59:59Z", load: load)); // Sunday 23:59:59 in Seoul
    }

    [Fact]
    public void week_cap_resets_when_the_local_iso_week_turns_even_though_the_utc_week_has_not()
    {
        var kim = WithCapacity("Asia/Seoul", new Capacity { PerWeek = 5 });
        var load = new RepLoad { RepId = "rep", WeekKey = "2026-W48", WeekCount = 5 };
        Assert.Null(FirstFailure(kim, "2026-11-29T15:00:00Z", load: load)); // Monday 00:00 in Seoul, Sunday in UTC
    }

    [Fact]
    public void day_and_week_keys_use_the_reps_zone_and_the_iso_week_year()
    {
        var kim = RepCalendar.Compile(new Rep { Id = "kim", TimeZone = "Asia/Seoul" });
        Assert.Equal("2027-01-01", kim.DayKey(At("2026-12-31T15:00:00Z")));
        Assert.Equal("2026-W53", kim.WeekKey(At("2026-12-31T15:00:00Z")));
        Assert.Equal("2026-W48", kim.WeekKey(At("2026-11-29T14:59:59Z")));
        Assert.Equal("2026-W49", kim.WeekKey(At("2026-11-29T15:00:00Z")));
    }

    [Fact]
    public void caps_are_ignored_when_the_pool_does_not_respect_capacity()
    {
        var kim = WithCapacity("Asia/Seoul", new Capacity { MaxOpen = 1, PerDay = 1, PerWeek = 1 });
        var load = new RepLoad { RepId = "rep", Open = 9, DayKey = "2026-06-10", DayCount = 9, WeekKey = "2026-W24", WeekCount = 9 };
        Assert.Null(FirstFailure(kim, "2026-06-10T03:00:00Z", NoCaps, load));
    }
}
