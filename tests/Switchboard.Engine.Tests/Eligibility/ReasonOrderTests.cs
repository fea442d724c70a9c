using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

/// <summary>Each test fails a rep on two consecutive checks and expects the earlier reason.</summary>
public class ReasonOrderTests
{
    private const string Now = "2026-11-30T12:00:00Z"; // Monday 21:00 in Seoul

    private static readonly Rep Kim = new() { Id = "kim", TimeZone = "Asia/Seoul" };
    private static readonly OutOfOffice Holiday = new()
    {
        From = DateTimeOffset.Parse("2026-11-30T00:00:00Z"),
        To = DateTimeOffset.Parse("2026-12-01T00:00:00Z"),
    };
    private static readonly PoolEligibility Everything = new() { RequireAvailable = true, RespectCapacity = true, MatchSkills = ["region"] };

    [Fact]
    public void eligible_rep_has_no_reason()
    {
        Assert.Null(FirstFailure(Kim, Now, Everything));
    }

    [Fact]
    public void inactive_rep_that_is_also_out_of_office_reports_inactive()
    {
        Assert.Equal(EligibilityReasons.Inactive, FirstFailure(Kim with { Active = false, OutOfOffice = [Holiday] }, Now, Everything));
    }

    [Fact]
    public void out_of_office_is_reported_before_outside_working_hours()
    {
        var rep = Kim with { OutOfOffice = [Holiday], WorkingHours = Hours(Weekdays, ["09:00", "18:00"]) };
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(rep, Now, Everything));
    }

    [Fact]
    public void outside_working_hours_is_reported_before_status()
    {
        var rep = Kim with { Status = "offline", WorkingHours = Hours(Weekdays, ["09:00", "18:00"]) };
        Assert.Equal(EligibilityReasons.OutsideWorkingHours, FirstFailure(rep, Now, Everything));
    }

    [Fact]
    public void status_is_reported_before_capacity()
    {
        var rep = Kim with { Status = "away", Capacity = new Capacity { MaxOpen = 1 } };
        Assert.Equal(EligibilityReasons.StatusAway, FirstFailure(rep, Now, Everything, new RepLoad { RepId = "kim", Open = 1 }));
    }

    [Fact]
    public void cap_open_is_reported_before_cap_day()
    {
        var rep = Kim with { Capacity = new Capacity { MaxOpen = 1, PerDay = 1 } };
        var load = new RepLoad { RepId = "kim", Open = 1, DayKey = "2026-11-30", DayCount = 1 };
        Assert.Equal(EligibilityReasons.CapOpen, FirstFailure(rep, Now, Everything, load));
    }

    [Fact]
    public void cap_day_is_reported_before_cap_week()
    {
        var rep = Kim with { Capacity = new Capacity { PerDay = 1, PerWeek = 1 } };
        var load = new RepLoad { RepId = "kim", DayKey = "2026-11-30", DayCount = 1, WeekKey = "2026-W49", WeekCount = 1 };
        Assert.Equal(EligibilityReasons.CapDay, FirstFailure(rep, Now, Everything, load));
    }

    [Fact]
    public void cap_week_is_reported_before_skill_mismatch()
    {
        var rep = Kim with { Capacity = new Capacity { PerWeek = 1 } };
        var load = new RepLoad { RepId = "kim", WeekKey = "2026-W49", WeekCount = 1 };
        Assert.Equal(EligibilityReasons.CapWeek, FirstFailure(rep, Now, Everything, load, Lead("""{"region":"北海道"}""")));
    }

    [Fact]
    public void skill_mismatch_is_reported_before_excluded()
    {
        Assert.Equal(EligibilityReasons.SkillMismatch, FirstFailure(Kim, Now, Everything, lead: Lead("""{"region":"北海道"}"""), excluded: ["kim"]));
    }

    [Fact]
    public void excluded_rep_is_not_eligible()
    {
        Assert.Equal(EligibilityReasons.Excluded, FirstFailure(Kim, Now, Everything, excluded: ["kim"]));
        Assert.Null(FirstFailure(Kim, Now, Everything, excluded: ["lee"]));
    }
}
