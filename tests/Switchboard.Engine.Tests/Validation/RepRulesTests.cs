using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class RepRulesTests
{
    [Fact]
    public void sample_configuration_is_valid() => Assert.Empty(Errors(Valid));

    [Fact]
    public void rep_without_id_is_an_error() => SingleAt(WithRep(3, r => r with { Id = "" }), "reps[3].id");

    [Theory]
    [InlineData("kim lee")]
    [InlineData("佐藤")]
    [InlineData("a/b")]
    public void rep_id_with_other_characters_is_an_error(string id) =>
        SingleAt(WithRep(3, r => r with { Id = id }), "reps[3].id");

    [Fact]
    public void rep_id_may_use_letters_digits_dot_underscore_and_dash() =>
        Assert.Empty(Errors(WithRep(3, r => r with { Id = "Mueller_01.sales-de" })));

    [Fact]
    public void rep_id_of_64_characters_is_allowed() =>
        Assert.Empty(Errors(WithRep(3, r => r with { Id = new string('a', 64) })));

    [Fact]
    public void rep_id_longer_than_64_characters_is_an_error() =>
        SingleAt(WithRep(3, r => r with { Id = new string('a', 65) }), "reps[3].id");

    [Fact]
    public void duplicate_rep_id_is_reported_at_the_later_rep()
    {
        var error = SingleAt(WithRep(3, r => r with { Id = "kim" }), "reps[3].id");
        Assert.Contains("duplicate id", error.Message);
    }

    [Fact]
    public void unknown_role_is_an_error() => SingleAt(WithRep(0, r => r with { Role = "owner" }), "reps[0].role");

    [Fact]
    public void unknown_status_is_an_error() => SingleAt(WithRep(0, r => r with { Status = "busy" }), "reps[0].status");

    [Theory]
    [InlineData("Asia/Sapporo")]
    [InlineData("KST")]
    [InlineData("")]
    public void time_zone_that_is_not_an_iana_id_is_an_error(string zone) =>
        SingleAt(WithRep(1, r => r with { TimeZone = zone }), "reps[1].timeZone");

    [Fact]
    public void unknown_weekday_in_working_hours_is_an_error() =>
        SingleAt(WithRep(0, r => r with { WorkingHours = new() { ["monday"] = [["09:00", "18:00"]] } }), "reps[0].workingHours.monday");

    [Fact]
    public void working_range_must_start_before_it_ends() =>
        SingleAt(WithRep(0, r => r with { WorkingHours = new() { ["tue"] = [["09:00", "18:00"], ["18:00", "09:00"]] } }), "reps[0].workingHours.tue[1]");

    [Theory]
    [InlineData("9:00", "18:00", "reps[0].workingHours.wed[0][0]")]
    [InlineData("09:00", "18:60", "reps[0].workingHours.wed[0][1]")]
    [InlineData("24:00", "24:00", "reps[0].workingHours.wed[0][0]")]
    [InlineData("09:00", "25:00", "reps[0].workingHours.wed[0][1]")]
    [InlineData("０９:00", "18:00", "reps[0].workingHours.wed[0][0]")]
    public void working_time_must_be_hh_mm(string start, string end, string path) =>
        SingleAt(WithRep(0, r => r with { WorkingHours = new() { ["wed"] = [[start, end]] } }), path);

    [Fact]
    public void working_range_may_end_at_24_00() =>
        Assert.Empty(Errors(WithRep(0, r => r with { WorkingHours = new() { ["sun"] = [["00:00", "24:00"]] } })));

    [Fact]
    public void working_range_needs_exactly_two_times() =>
        SingleAt(WithRep(0, r => r with { WorkingHours = new() { ["thu"] = [["09:00", "12:00", "18:00"]] } }), "reps[0].workingHours.thu[0]");

    [Theory]
    [InlineData(-1, null, null, "reps[0].capacity.maxOpen")]
    [InlineData(null, -1, null, "reps[0].capacity.perDay")]
    [InlineData(null, null, -5, "reps[0].capacity.perWeek")]
    public void negative_capacity_is_an_error(int? maxOpen, int? perDay, int? perWeek, string path) =>
        SingleAt(WithRep(0, r => r with { Capacity = new() { MaxOpen = maxOpen, PerDay = perDay, PerWeek = perWeek } }), path);

    [Fact]
    public void zero_capacity_is_allowed() =>
        Assert.Empty(Errors(WithRep(0, r => r with { Capacity = new() { MaxOpen = 0, PerDay = 0, PerWeek = 0 } })));

    [Fact]
    public void manager_must_be_an_existing_rep() =>
        Assert.Contains("nobody", SingleAt(WithRep(1, r => r with { ManagerId = "nobody" }), "reps[1].managerId").Message);

    [Fact]
    public void rep_cannot_be_its_own_manager() =>
        SingleAt(WithRep(2, r => r with { ManagerId = "lee" }), "reps[2].managerId");

    [Fact]
    public void out_of_office_must_end_after_it_starts() =>
        SingleAt(WithRep(1, r => r with
        {
            OutOfOffice = [new OutOfOffice { From = DateTimeOffset.Parse("2026-05-02T00:00:00Z"), To = DateTimeOffset.Parse("2026-05-01T00:00:00Z") }],
        }), "reps[1].outOfOffice[0]");
}
