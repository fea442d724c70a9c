using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Strategies;

public class WeightedRoundRobinTests
{
    private static PoolRun Weighted(params (string, int)[] members) => new(Pool.Strategies.WeightedRoundRobin, members);

    [Fact]
    public void weighted_round_robin_with_3_to_1_gives_a_a_b_a()
    {
        Assert.Equal("A A B A", Weighted(("A", 3), ("B", 1)).Route(4));
    }

    [Fact]
    public void weighted_round_robin_with_5_1_1_spreads_picks_like_nginx()
    {
        Assert.Equal("A A B A C A A", Weighted(("A", 5), ("B", 1), ("C", 1)).Route(7));
    }

    [Fact]
    public void weighted_round_robin_never_picks_a_member_with_weight_zero()
    {
        var run = Weighted(("A", 0), ("B", 1));
        Assert.Equal("B B B", run.Route(3));
        Assert.Equal(EligibilityReasons.WeightZero, run.Candidates()[0].Reason);
    }

    [Fact]
    public void weighted_round_robin_picks_nobody_when_every_weight_is_zero()
    {
        var run = Weighted(("A", 0), ("B", 0));
        Assert.Null(run.Pick());
        Assert.Empty(run.PoolState.CurrentWeights);
    }

    [Fact]
    public void weighted_round_robin_leaves_an_ineligible_members_current_weight_unchanged()
    {
        var run = Weighted(("A", 3), ("B", 1));
        Assert.Equal("A", run.Route(1));
        Assert.Equal(1, run.PoolState.CurrentWeights["B"]);
        run.Rep(new Rep { Id = "B", Active = false });
        Assert.Equal("A A", run.Route(2));
        Assert.Equal(1, run.PoolState.CurrentWeights["B"]);
    }

    [Fact]
    public void weighted_round_robin_explains_the_winning_current_weight_and_the_total()
    {
        var run = Weighted(("A", 3), ("B", 1));
        Assert.Equal("weighted round robin: highest current weight 3 of 4", run.Pick()!.Why);
        Assert.Equal("weighted round robin: highest current weight 2 of 4 (tie, earlier in member order)", run.Pick()!.Why);
    }

    [Fact]
    public void weighted_round_robin_forgets_members_removed_from_the_pool()
    {
        var run = Weighted(("A", 3), ("B", 1));
        run.Route(1);
        run.Members("A");
        run.Route(1);
        Assert.Equal(["A"], run.PoolState.CurrentWeights.Keys);
    }
}
