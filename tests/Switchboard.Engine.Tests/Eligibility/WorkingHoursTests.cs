using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

public class WorkingHoursTests
{
    private static Rep In(string zone, Dictionary<string, List<List<string>>>? hours) =>
        new() { Id = "rep", TimeZone = zone, WorkingHours = hours };

    [Fact]
    public void seoul_rep_starts_working_at_09_00_local_which_is_00_00_utc()
    {
        var kim = In("Asia/Seoul", Hours(Weekdays, ["09:00", "18:00"]));
        Assert.False(IsWorking(kim, "2026-11-29T23:59:59Z"));
        Assert.True(IsWorking(kim, "2026-11-30T00:00:00Z"));
    }

    [Fact]
    public void working_hours_end_is_exclusive_so_18_00_is_outside_09_00_to_18_00()
    {
        var kim = In("Asia/Seoul", Hours(Weekdays, ["09:00", "18:00"]));
        Assert.True(IsWorking(kim, "2026-11-30T08:59:59Z"));
        Assert.False(IsWorking(kim, "2026-11-30T09:00:00Z"));
    }

    [Fact]
    public void tokyo_rep_works_by_the_local_weekday_not_the_utc_one()
    {
        var sato = In("Asia/Tokyo", Hours("mon", ["00:00", "12:00"]));
        Assert.True(IsWorking(sato, "2026-11-29T16:00:00Z"));  // Sunday in UTC, Monday 01:00 in Tokyo
        Assert.False(IsWorking(sato, "2026-11-30T16:00:00Z")); // Monday in UTC, Tuesday 01:00 in Tokyo
    }

    [Fact]
    public void berlin_rep_starts_at_08_00_utc_in_winter_time()
    {
        var anna = In("Europe/Berlin", Hours(EveryDay, ["09:00", "18:00"]));
        Assert.False(IsWorking(anna, "2026-03-28T07:59:59Z"));
        Assert.True(IsWorking(anna, "2026-03-28T08:00:00Z"));
        Assert.False(IsWorking(anna, "2026-03-28T17:00:00Z"));
    }

    [Fact]
    public void berlin_rep_on_spring_forward_day_works_09_00_to_18_00_summer_time()
    {
        var anna = In("Europe/Berlin", Hours(EveryDay, ["09:00", "18:00"]));
        Assert.False(IsWorking(anna, "2026-03-29T06:59:59Z"));
        Assert.True(IsWorking(anna, "2026-03-29T07:00:00Z"));
        Assert.True(IsWorking(anna, "2026-03-29T15:59:59Z"));
        Assert.False(IsWorking(anna, "2026-03-29T16:00:00Z"));
    }

    [Fact]
    public void berlin_rep_on_fall_back_day_works_09_00_to_18_00_winter_time()
    {
        var anna = In("Europe/Berlin", Hours(EveryDay, ["09:00", "18:00"]));
        Assert.False(IsWorking(anna, "2026-10-25T07:59:59Z"));
        Assert.True(IsWorking(anna, "2026-10-25T08:00:00Z"));
        Assert.True(IsWorking(anna, "2026-10-25T16:59:59Z"));
        Assert.False(IsWorking(anna, "2026-10-25T17:00:00Z"));
    }

    [Fact]
    public void berlin_rep_works_both_passes_of_the_repeated_hour_on_fall_back_day()
    {
        var anna = In("Europe/Berlin", Hours("sun", ["02:00", "03:00"]));
        Assert.True(IsWorking(anna, "2026-10-25T00:30:00Z"));  // 02:30 summer time
        Assert.True(IsWorking(anna, "2026-10-25T01:30:00Z"));  // 02:30 winter time
        Assert.False(IsWorking(anna, "2026-10-25T02:00:00Z")); // 03:00 winter time
    }

    [Fact]
    public void one_calendar_asked_again_and_again_answers_at_every_boundary_and_back_in_time()
    {
        var calendar = RepCalendar.Compile(In("Europe/Berlin", Hours(EveryDay, ["09:00", "12:00"], ["13:00", "18:00"])));
        (string At, bool Working)[] asked =
        [
            ("2026-03-28T07:59:59Z", false), ("2026-03-28T08:00:00Z", true), ("2026-03-28T10:59:59Z", true),
            ("2026-03-28T11:00:00Z", false), ("2026-03-28T12:00:00Z", true), ("2026-03-28T16:59:59Z", true),
            ("2026-03-28T17:00:00Z", false), ("2026-03-29T07:00:00Z", true), ("2026-03-29T06:59:59Z", false),
            ("2026-03-28T10:00:00Z", true), ("2026-03-29T16:00:00Z", false), ("2026-03-29T15:59:59Z", true),
        ];
        Assert.Equal(asked.Select(a => a.Working), asked.Select(a => calendar.IsWorking(At(a.At))));
    }

    [Fact]
    public void end_24_00_means_until_midnight()
    {
        var kim = In("Asia/Seoul", Hours("mon", ["20:00", "24:00"]));
        Assert.True(IsWorking(kim, "2026-11-30T14:59:59Z"));  // Monday 23:59:59
        Assert.False(IsWorking(kim, "2026-11-30T15:00:00Z")); // Tuesday 00:00
    }

    [Fact]
    public void rep_without_working_hours_is_always_working()
    {
        var kim = In("Asia/Seoul", null);
        Assert.True(IsWorking(kim, "2026-11-29T03:00:00Z"));
        Assert.True(IsWorking(kim, "2026-11-30T20:00:00Z"));
    }

    [Fact]
    public void weekday_missing_from_working_hours_is_not_a_working_day()
    {
        var kim = In("Asia/Seoul", Hours(Weekdays, ["09:00", "18:00"]));
        Assert.False(IsWorking(kim, "2026-11-28T03:00:00Z")); // Saturday 12:00
    }

    [Fact]
    public void several_ranges_in_one_day_leave_the_gap_between_them_outside()
    {
        var kim = In("Asia/Seoul", Hours("mon", ["09:00", "12:00"], ["13:00", "18:00"]));
        Assert.True(IsWorking(kim, "2026-11-30T02:59:00Z"));
        Assert.False(IsWorking(kim, "2026-11-30T03:30:00Z"));
        Assert.True(IsWorking(kim, "2026-11-30T04:00:00Z"));
    }

    [Theory]
    [InlineData("mon", "18:00", "09:00")]
    [InlineData("mon", "09:00", "25:00")]
    [InlineData("monday", "09:00", "18:00")]
    public void malformed_working_hours_are_rejected_when_compiled(string day, string from, string to)
    {
        var rep = In("Asia/Seoul", Hours(day, [from, to]));
        Assert.Throws<ArgumentException>(() => RepCalendar.Compile(rep));
    }

    [Fact]
    public void unknown_time_zone_is_rejected_when_compiled()
    {
        Assert.Throws<ArgumentException>(() => RepCalendar.Compile(In("Mars/Olympus", null)));
    }

    [Fact]
    public void outside_working_hours_counts_only_when_the_pool_requires_available()
    {
        var kim = In("Asia/Seoul", Hours(Weekdays, ["09:00", "18:00"]));
        Assert.Null(FirstFailure(kim, "2026-11-30T12:00:00Z"));
        Assert.Equal(EligibilityReasons.OutsideWorkingHours, FirstFailure(kim, "2026-11-30T12:00:00Z", Available));
    }
}
