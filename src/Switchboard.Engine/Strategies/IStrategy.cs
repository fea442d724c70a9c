using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>Picks one member among a pool's candidates and advances the pool's state (registered in <see cref="Registries.Registered.Strategies"/>).</summary>
internal interface IStrategy
{
    /// <summary>The pool's "strategy" value that selects this strategy.</summary>
    string Name { get; }

    /// <summary>True when members' weights take part: an otherwise eligible member with weight 0 is paused (<c>weight_zero</c>).</summary>
    bool UsesWeights { get; }

    /// <summary>Null when no candidate is eligible; otherwise the pick, with the pool's state advanced (<see cref="StrategyContext.Picked"/>).</summary>
    StrategyPick? Pick(StrategyContext context);
}

/// <summary>A pool member at decision time: its position in member order and eligibility.</summary>
internal sealed record PoolCandidate(PoolMember Member, int Position, bool Eligible, string? Reason)
{
    public string RepId => Member.RepId;
}

internal sealed record StrategyPick(string RepId, string Why);
