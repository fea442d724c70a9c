using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

public class OutOfOfficeTests
{
    private static readonly Rep OnHoliday = new()
    {
        Id = "kim",
        TimeZone = "Asia/Seoul",
        OutOfOffice = [new OutOfOffice { From = DateTimeOffset.Parse("2026-12-24T00:00:00Z"), To = DateTimeOffset.Parse("2026-12-27T00:00:00Z") }],
    };

    [Fact]
    public void out_of_office_begins_exactly_at_from()
    {
        Assert.Null(FirstFailure(OnHoliday, "2026-12-23T23:59:59Z"));
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(OnHoliday, "2026-12-24T00:00:00Z"));
    }

    [Fact]
    public void out_of_office_ends_exactly_at_to()
    {
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(OnHoliday, "2026-12-26T23:59:59Z"));
        Assert.Null(FirstFailure(OnHoliday, "2026-12-27T00:00:00Z"));
    }

    [Fact]
    public void out_of_office_applies_even_when_the_pool_does_not_require_available()
    {
        var rules = new PoolEligibility { RequireAvailable = false, RespectCapacity = false };
        Assert.Equal(EligibilityReasons.OutOfOffice, FirstFailure(OnHoliday, "2026-12-25T12:00:00Z", rules));
    }

    [Fact]
    public void out_of_office_ending_before_it_starts_is_rejected_when_compiled()
    {
        var rep = OnHoliday with
        {
            OutOfOffice = [new OutOfOffice { From = DateTimeOffset.Parse("2026-12-27T00:00:00Z"), To = DateTimeOffset.Parse("2026-12-24T00:00:00Z") }],
        };
        Assert.Throws<ArgumentException>(() => RepCalendar.Compile(rep));
    }
}
