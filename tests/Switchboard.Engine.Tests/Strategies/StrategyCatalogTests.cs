using Switchboard.Engine.Model;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Tests.Strategies;

public class StrategyCatalogTests
{
    [Theory]
    [InlineData("round_robin")]
    [InlineData("weighted_round_robin")]
    [InlineData("least_loaded")]
    public void catalog_returns_one_shared_strategy_per_name(string name)
    {
        Assert.Equal(name, StrategyCatalog.Get(name).Name);
        Assert.Same(StrategyCatalog.Get(name), StrategyCatalog.Get(name));
    }

    [Theory]
    [InlineData(Pool.Strategies.SharkTank)]
    [InlineData("random")]
    public void catalog_rejects_names_without_a_strategy(string name)
    {
        Assert.Throws<ArgumentException>(() => StrategyCatalog.Get(name));
    }
}
