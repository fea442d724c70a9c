using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Tests.Strategies;

public class StrategyRegistryTests
{
    [Theory]
    [InlineData("round_robin")]
    [InlineData("weighted_round_robin")]
    [InlineData("weighted_random")]
    [InlineData("least_loaded")]
    public void registry_returns_one_shared_strategy_per_name(string name)
    {
        Assert.Equal(name, Registered.Strategies.Get(name).Name);
        Assert.Same(Registered.Strategies.Get(name), Registered.Strategies.Get(name));
    }

    [Theory]
    [InlineData(Pool.Strategies.SharkTank)]
    [InlineData("random")]
    public void registry_rejects_names_without_a_strategy(string name)
    {
        Assert.Throws<ArgumentException>(() => Registered.Strategies.Get(name));
    }

    [Theory]
    [InlineData("weighted_round_robin", true)]
    [InlineData("weighted_random", true)]
    [InlineData("round_robin", false)]
    [InlineData("least_loaded", false)]
    public void a_strategy_declares_whether_it_uses_weights(string name, bool usesWeights)
    {
        Assert.Equal(usesWeights, Registered.Strategies.Get(name).UsesWeights);
    }
}
