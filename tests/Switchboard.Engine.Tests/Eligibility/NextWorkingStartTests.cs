using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

public class NextWorkingStartTests
{
    private static RepCalendar Calendar(string zone, Dictionary<string, List<List<string>>>? hours) =>
        RepCalendar.Compile(new Rep { Id = "rep", TimeZone = zone, WorkingHours = hours });

    [Fact]
    public void next_working_start_after_a_weekend_is_monday_09_00_in_the_reps_zone()
    {
        var kim = Calendar("Asia/Seoul", Hours(Weekdays, ["09:00", "18:00"]));
        Assert.Equal(At("2026-11-30T00:00:00Z"), kim.NextWorkingStart(At("2026-11-28T03:00:00Z")));
    }

    [Fact]
    public void next_working_start_is_strictly_after_the_given_instant()
    {
        var kim = Calendar("Asia/Seoul", Hours(Weekdays, ["09:00", "18:00"]));
        Assert.Equal(At("2026-12-01T00:00:00Z"), kim.NextWorkingStart(At("2026-11-30T00:00:00Z")));
    }

    [Fact]
    public void next_working_start_inside_a_dst_gap_begins_when_the_gap_ends()
    {
        var anna = Calendar("Europe/Berlin", Hours("sun", ["02:30", "05:00"]));
        Assert.Equal(At("2026-03-29T01:00:00Z"), anna.NextWorkingStart(At("2026-03-28T12:00:00Z"))); // 03:00 summer time
    }

    [Fact]
    public void next_working_start_at_an_ambiguous_local_time_is_the_earlier_occurrence()
    {
        var anna = Calendar("Europe/Berlin", Hours("sun", ["02:30", "05:00"]));
        Assert.Equal(At("2026-10-25T00:30:00Z"), anna.NextWorkingStart(At("2026-10-24T12:00:00Z"))); // 02:30 summer time
    }

    [Fact]
    public void next_working_start_skips_a_range_lying_wholly_inside_a_dst_gap()
    {
        var anna = Calendar("Europe/Berlin", Hours("sun", ["02:00", "02:45"], ["10:00", "12:00"]));
        Assert.Equal(At("2026-03-29T08:00:00Z"), anna.NextWorkingStart(At("2026-03-28T12:00:00Z")));
    }

    [Fact]
    public void next_working_start_is_null_for_a_rep_without_working_hours()
    {
        Assert.Null(Calendar("Asia/Seoul", null).NextWorkingStart(At("2026-11-28T03:00:00Z")));
    }
}
