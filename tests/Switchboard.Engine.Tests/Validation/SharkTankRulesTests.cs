using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class SharkTankRulesTests
{
    private static RoutingConfig Tank(Func<Pool, Pool> change) =>
        WithPool(1, p => change(p with { Strategy = Pool.Strategies.SharkTank, ClaimWindow = "PT15M" }));

    [Fact]
    public void shark_tank_with_a_claim_window_is_valid() => Assert.Empty(Errors(Tank(p => p with { AfterWindow = "least_loaded", MaxOpenClaims = 5 })));

    [Fact]
    public void shark_tank_needs_a_claim_window() =>
        SingleAt(Tank(p => p with { ClaimWindow = null }), "pools[1].claimWindow");

    [Fact]
    public void claim_window_must_be_an_iso_duration() =>
        SingleAt(Tank(p => p with { ClaimWindow = "15 minutes" }), "pools[1].claimWindow");

    [Theory]
    [InlineData("round_robin")]
    [InlineData("weighted_round_robin")]
    [InlineData("weighted_random")]
    [InlineData("least_loaded")]
    public void after_window_may_name_any_other_strategy(string strategy) =>
        Assert.Empty(Errors(Tank(p => p with { AfterWindow = strategy })));

    [Fact]
    public void after_window_cannot_be_shark_tank() =>
        SingleAt(Tank(p => p with { AfterWindow = Pool.Strategies.SharkTank }), "pools[1].afterWindow");

    [Fact]
    public void after_window_must_be_a_known_strategy() =>
        Assert.Contains("round_robin", SingleAt(Tank(p => p with { AfterWindow = "lottery" }), "pools[1].afterWindow").Message);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void max_open_claims_must_be_at_least_one(int max) =>
        SingleAt(Tank(p => p with { MaxOpenClaims = max }), "pools[1].maxOpenClaims");
}
