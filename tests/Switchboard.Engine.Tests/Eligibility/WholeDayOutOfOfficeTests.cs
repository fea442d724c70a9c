using System.Text.Json;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

/// <summary>A date-only out-of-office bound is a whole day in the rep's own zone (Asia/Seoul, UTC+9), not UTC midnight.</summary>
public class WholeDayOutOfOfficeTests
{
    private static Rep Kim(string from, string to) => new()
    {
        Id = "kim",
        TimeZone = "Asia/Seoul",
        OutOfOffice = JsonSerializer.Deserialize<List<OutOfOffice>>($$"""[{"from":"{{from}}","to":"{{to}}"}]""", EngineJson.Options),
    };

    [Fact]
    public void a_date_only_from_begins_at_the_start_of_that_day_in_the_reps_zone()
    {
        var rep = Kim("2026-12-24", "2026-12-24");
        Assert.Null(FirstFailure(rep, "2026-12-23T14:59:59Z"));
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(rep, "2026-12-23T15:00:00Z"));
    }

    [Fact]
    public void a_date_only_to_includes_that_whole_day_in_the_reps_zone()
    {
        var rep = Kim("2026-12-24", "2026-12-24");
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(rep, "2026-12-24T14:59:59Z"));
        Assert.Null(FirstFailure(rep, "2026-12-24T15:00:00Z"));
    }

    [Fact]
    public void a_date_only_bound_can_meet_a_moment_with_an_offset()
    {
        var rep = Kim("2026-12-24T12:00:00+09:00", "2026-12-25");
        Assert.Null(FirstFailure(rep, "2026-12-24T02:59:59Z"));
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(rep, "2026-12-25T14:59:59Z"));
    }

    [Fact]
    public void a_date_only_bound_is_written_back_as_a_date()
    {
        var json = JsonSerializer.Serialize(Kim("2026-12-24", "2026-12-26T00:00:00Z").OutOfOffice, EngineJson.Options);
        Assert.Equal("""[{"from":"2026-12-24","to":"2026-12-26T00:00:00Z"}]""", json);
    }

    [Fact]
    public void one_whole_day_from_and_to_the_same_date_is_valid()
    {
        var config = new RoutingConfig { Reps = [Kim("2026-12-24", "2026-12-24")] };
        Assert.Empty(ConfigValidator.Validate(config));
    }

    [Fact]
    public void a_date_only_period_ending_before_it_starts_is_invalid()
    {
        var config = new RoutingConfig { Reps = [Kim("2026-12-24", "2026-12-23")] };
        Assert.Equal("reps[0].outOfOffice[0]", Assert.Single(ConfigValidator.Validate(config)).Path);
    }
}
