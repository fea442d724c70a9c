using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>Picks one member among a pool's candidates and advances the pool's state.</summary>
public interface IStrategy
{
    string Name { get; }

    /// <summary>
    /// <paramref name="candidates"/> are all members in member order with their eligibility.
    /// Returns null when no candidate is eligible; otherwise mutates <paramref name="pool"/> state.
    /// </summary>
    StrategyPick? Pick(IReadOnlyList<PoolCandidate> candidates, PoolState pool, RoutingState state);
}

/// <summary>A pool member at decision time: its position in member order and eligibility.</summary>
public sealed record PoolCandidate(PoolMember Member, int Position, bool Eligible, string? Reason)
{
    public string RepId => Member.RepId;
}

public sealed record StrategyPick(string RepId, string Why);
