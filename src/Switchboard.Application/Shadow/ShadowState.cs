using System.Text.Json;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Application.Shadow;

/// <summary>
/// A run's own routing state (pool rotation and weights, rep loads) as the JSON stored in its row: written with every
/// step's outcomes, read back by whichever worker holds the run next, so the rotation carries on across steps, restarts
/// and processes. It starts as a copy of the live state when the run starts.
/// </summary>
public static class ShadowState
{
    public static string Write(RoutingState state) =>
        JsonSerializer.Serialize(new Stored([.. state.Pools.Values], [.. state.Loads.Values]), EngineJson.Options);

    public static RoutingState Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, EngineJson.Options) ?? new Stored([], []);
        var state = new RoutingState();
        foreach (var pool in stored.Pools) state.Pools[pool.PoolId] = pool;
        foreach (var load in stored.Loads) state.Loads[load.RepId] = load;
        return state;
    }

    /// <summary>
    /// Presence (online, away, offline) is a fact about the reps, not something routing decides: the shadow takes it from
    /// the live loads before each step, so a rep who went offline is skipped by both sides alike.
    /// </summary>
    public static void TakePresence(RoutingState state, IReadOnlyDictionary<string, RepLoad> live)
    {
        foreach (var (repId, load) in live) state.Load(repId).Status = load.Status;
        foreach (var (repId, load) in state.Loads)
            if (!live.ContainsKey(repId)) load.Status = null;
    }

    private sealed record Stored(List<PoolState> Pools, List<RepLoad> Loads);
}
