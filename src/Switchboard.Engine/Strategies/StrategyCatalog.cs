using System.Diagnostics.CodeAnalysis;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>The assignment strategies by configuration name (shark_tank is not built yet).</summary>
public static class StrategyCatalog
{
    public static bool TryGet(string name, [NotNullWhen(true)] out IStrategy? strategy)
    {
        strategy = name switch
        {
            Pool.Strategies.RoundRobin => RoundRobinStrategy.Instance,
            Pool.Strategies.WeightedRoundRobin => WeightedRoundRobinStrategy.Instance,
            Pool.Strategies.LeastLoaded => LeastLoadedStrategy.Instance,
            _ => null,
        };
        return strategy is not null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a name without a strategy.</summary>
    public static IStrategy Get(string name) =>
        TryGet(name, out var strategy) ? strategy : throw new ArgumentException($"unknown strategy '{name}'", nameof(name));
}
