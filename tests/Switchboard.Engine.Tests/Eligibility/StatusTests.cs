using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

public class StatusTests
{
    private const string Now = "2026-06-10T03:00:00Z";

    private static Rep WithStatus(string status) => new() { Id = "kim", TimeZone = "Asia/Seoul", Status = status };

    [Fact]
    public void away_rep_is_eligible_when_the_pool_does_not_require_available()
    {
        Assert.Null(FirstFailure(WithStatus("away"), Now));
    }

    [Fact]
    public void away_rep_is_status_away_when_the_pool_requires_available()
    {
        Assert.Equal(EligibilityReasons.StatusAway, FirstFailure(WithStatus("away"), Now, Available));
    }

    [Fact]
    public void offline_rep_is_eligible_when_the_pool_does_not_require_available()
    {
        Assert.Null(FirstFailure(WithStatus("offline"), Now));
    }

    [Fact]
    public void offline_rep_is_status_offline_when_the_pool_requires_available()
    {
        Assert.Equal(EligibilityReasons.StatusOffline, FirstFailure(WithStatus("offline"), Now, Available));
    }

    [Fact]
    public void live_status_overrides_the_configured_status()
    {
        Assert.Equal(EligibilityReasons.StatusAway,
            FirstFailure(WithStatus("online"), Now, Available, new RepLoad { RepId = "kim", Status = "away" }));
        Assert.Null(FirstFailure(WithStatus("offline"), Now, Available, new RepLoad { RepId = "kim", Status = "online" }));
    }
}
