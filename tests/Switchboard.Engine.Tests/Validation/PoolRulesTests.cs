using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class PoolRulesTests
{
    [Fact]
    public void pool_id_must_match_the_id_pattern() =>
        Assert.Contains(Errors(WithPool(0, p => p with { Id = "inbound pool" })), e => e.Path == "pools[0].id");

    [Fact]
    public void duplicate_pool_id_is_reported_at_the_later_pool()
    {
        var config = Valid;
        config.Pools.Add(config.Pools[1] with { Id = "inbound" });
        Assert.Contains("duplicate id", SingleAt(config, "pools[2].id").Message);
    }

    [Fact]
    public void unknown_strategy_is_an_error() =>
        SingleAt(WithPool(1, p => p with { Strategy = "random" }), "pools[1].strategy");

    [Fact]
    public void pool_without_members_is_an_error() =>
        Assert.Equal("a pool needs at least one member", SingleAt(WithPool(1, p => p with { Members = [] }), "pools[1].members").Message);

    [Fact]
    public void member_must_reference_an_existing_rep() =>
        Assert.Contains("ghost", SingleAt(WithPool(0, p => p with { Members = [.. p.Members, new PoolMember { RepId = "ghost" }] }), "pools[0].members[2].repId").Message);

    [Fact]
    public void member_without_rep_id_is_an_error() =>
        SingleAt(WithPool(1, p => p with { Members = [new PoolMember { RepId = "" }] }), "pools[1].members[0].repId");

    [Fact]
    public void negative_member_weight_is_an_error() =>
        SingleAt(WithPool(0, p => p with { Members = [p.Members[0], p.Members[1] with { Weight = -1 }] }), "pools[0].members[1].weight");

    [Fact]
    public void duplicate_member_is_an_error() =>
        Assert.Contains("duplicate member", SingleAt(WithPool(0, p => p with { Members = [.. p.Members, new PoolMember { RepId = "kim" }] }), "pools[0].members[2].repId").Message);

    [Fact]
    public void unknown_when_none_eligible_is_an_error() =>
        SingleAt(WithPool(1, p => p with { WhenNoneEligible = "drop" }), "pools[1].whenNoneEligible");

    [Fact]
    public void overflow_requires_an_overflow_pool() =>
        SingleAt(WithPool(0, p => p with { OverflowPool = null }), "pools[0].overflowPool");

    [Fact]
    public void overflow_pool_must_exist() =>
        SingleAt(WithPool(0, p => p with { OverflowPool = "night-shift" }), "pools[0].overflowPool");

    [Fact]
    public void overflow_pool_must_be_a_different_pool() =>
        SingleAt(WithPool(0, p => p with { OverflowPool = "inbound" }), "pools[0].overflowPool");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void match_skills_entries_must_be_non_empty(string skill) =>
        SingleAt(WithPool(0, p => p with { Eligibility = p.Eligibility with { MatchSkills = ["region", skill] } }), "pools[0].eligibility.matchSkills[1]");

    [Theory]
    [InlineData("round_robin")]
    [InlineData("weighted_round_robin")]
    [InlineData("weighted_random")]
    [InlineData("least_loaded")]
    [InlineData("shark_tank")]
    public void every_strategy_of_spec_is_accepted(string strategy) =>
        Assert.Empty(Errors(WithPool(1, p => p with { Strategy = strategy, ClaimWindow = strategy == Pool.Strategies.SharkTank ? "PT15M" : null })));

    [Fact]
    public void unknown_strategy_error_lists_every_strategy()
    {
        var error = SingleAt(WithPool(1, p => p with { Strategy = "lottery" }), "pools[1].strategy");
        foreach (var strategy in new[] { "round_robin", "weighted_round_robin", "weighted_random", "least_loaded", "shark_tank" })
            Assert.Contains(strategy, error.Message);
    }
}
