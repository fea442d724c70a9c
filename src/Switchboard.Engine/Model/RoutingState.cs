using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>
/// The mutable routing state a decision reads and changes: pool cursors and weights, rep loads.
/// Storage loads it inside the routing transaction (under lock) and writes back what is dirty,
/// in the same transaction as the assignment.
/// </summary>
public sealed class RoutingState
{
    public Dictionary<string, PoolState> Pools { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, RepLoad> Loads { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DirtyPools { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DirtyReps { get; } = new(StringComparer.Ordinal);

    public PoolState Pool(string poolId)
    {
        if (!Pools.TryGetValue(poolId, out var state))
            Pools[poolId] = state = new PoolState { PoolId = poolId };
        return state;
    }

    public RepLoad Load(string repId)
    {
        if (!Loads.TryGetValue(repId, out var load))
            Loads[repId] = load = new RepLoad { RepId = repId };
        return load;
    }
}

public sealed class PoolState
{
    public string PoolId { get; init; } = "";
    /// <summary>Round robin: the member last assigned, and its position then (-1 = none yet).</summary>
    public string? CursorRepId { get; set; }
    public int CursorPosition { get; set; } = -1;
    /// <summary>Smooth weighted round robin: current value per member.</summary>
    public Dictionary<string, long> CurrentWeights { get; set; } = new(StringComparer.Ordinal);
    public long Assignments { get; set; }
}

public sealed class RepLoad
{
    public string RepId { get; init; } = "";
    /// <summary>Open leads owned (not converted, disqualified or recycled).</summary>
    public int Open { get; set; }
    /// <summary>Day key (yyyy-MM-dd in the rep's zone) of <see cref="DayCount"/>.</summary>
    public string? DayKey { get; set; }
    public int DayCount { get; set; }
    /// <summary>ISO week key (yyyy-Www in the rep's zone) of <see cref="WeekCount"/>.</summary>
    public string? WeekKey { get; set; }
    public int WeekCount { get; set; }
    public Instant? LastAssignedAt { get; set; }
    /// <summary>Live presence (online, away, offline); null = as configured.</summary>
    public string? Status { get; set; }
}
