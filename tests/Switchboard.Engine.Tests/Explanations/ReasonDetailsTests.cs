using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Explanations;

public class ReasonDetailsTests
{
    private static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    private static RoutingConfig With(Rep rep, Pool? pool = null) => new() { Reps = [rep], Pools = pool is null ? [] : [pool] };

    [Fact]
    public void an_eligible_candidate_has_no_reason_detail()
    {
        var config = With(new Rep { Id = "kim" });

        Assert.Null(ReasonDetails.Of(new Candidate("kim", true, null), config, null, At("2026-12-24T03:00:00Z")));
    }

    [Fact]
    public void out_of_office_says_when_the_whole_day_absence_ends_in_the_reps_zone()
    {
        var kim = new Rep
        {
            Id = "kim", TimeZone = "Asia/Seoul",
            OutOfOffice = [new OutOfOffice { From = new OutOfOfficeBound(new LocalDate(2026, 12, 24)), To = new OutOfOfficeBound(new LocalDate(2026, 12, 27)) }],
        };

        var detail = ReasonDetails.Of(new Candidate("kim", false, "out_of_office"), With(kim), null, At("2026-12-24T03:00:00Z"))!;

        Assert.Equal("Asia/Seoul", detail.TimeZone);
        Assert.Equal(At("2026-12-27T15:00:00Z"), detail.Until); // the end of 12-27 in Seoul
    }

    [Fact]
    public void outside_working_hours_gives_that_local_days_hours_and_the_next_start()
    {
        var sato = new Rep
        {
            Id = "sato", TimeZone = "Asia/Tokyo",
            WorkingHours = new() { ["fri"] = [["09:00", "12:00"], ["13:00", "18:00"]], ["mon"] = [["09:00", "18:00"]] },
        };

        // Friday 2026-12-04 19:30 in Tokyo: next start is Monday 09:00 Tokyo
        var detail = ReasonDetails.Of(new Candidate("sato", false, "outside_working_hours"), With(sato), null, At("2026-12-04T10:30:00Z"))!;

        Assert.Equal("Asia/Tokyo", detail.TimeZone);
        Assert.Equal(["09:00–12:00", "13:00–18:00"], detail.WorkingHours);
        Assert.Equal(At("2026-12-07T00:00:00Z"), detail.Until);
    }

    [Theory]
    [InlineData("cap_day", 20)]
    [InlineData("cap_week", 80)]
    [InlineData("cap_open", 5)]
    public void a_full_cap_names_its_limit(string code, int limit)
    {
        var lee = new Rep { Id = "lee", Capacity = new Capacity { PerDay = 20, PerWeek = 80, MaxOpen = 5 } };

        Assert.Equal(limit, ReasonDetails.Of(new Candidate("lee", false, code), With(lee), null, At("2026-12-04T01:00:00Z"))!.Limit);
    }

    [Fact]
    public void a_skill_mismatch_names_the_skills_the_pool_matches_on()
    {
        var pool = new Pool { Id = "apac", Eligibility = new PoolEligibility { MatchSkills = ["product", "fields.language"] } };

        var detail = ReasonDetails.Of(new Candidate("kim", false, "skill_mismatch"), With(new Rep { Id = "kim" }, pool), "apac", At("2026-12-04T01:00:00Z"))!;

        Assert.Equal(["product", "fields.language"], detail.Skills);
    }

    [Fact]
    public void a_rep_missing_from_the_recorded_version_gives_the_code_alone()
    {
        var detail = ReasonDetails.Of(new Candidate("gone", false, "cap_day"), With(new Rep { Id = "kim" }), null, At("2026-12-04T01:00:00Z"))!;

        Assert.Equal("cap_day", detail.Code);
        Assert.Null(detail.Limit);
    }
}
