using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// The first eligible member after the cursor, cyclically; the cursor (member and position) moves to it.
/// A removed cursor member is replaced by whoever now sits at its stored position, so roster edits never reset the rotation.
/// </summary>
public sealed class RoundRobinStrategy : IStrategy
{
    public static readonly RoundRobinStrategy Instance = new();

    private RoundRobinStrategy() { }

    public string Name => Pool.Strategies.RoundRobin;

    public StrategyPick? Pick(IReadOnlyList<PoolCandidate> candidates, PoolState pool, RoutingState state)
    {
        var count = candidates.Count;
        if (count == 0) return null;
        var (start, from) = Start(candidates, pool);
        List<PoolCandidate>? skipped = null;
        for (var step = 0; step < count; step++)
        {
            var candidate = candidates[(start + step) % count];
            if (!candidate.Eligible)
            {
                (skipped ??= []).Add(candidate);
                continue;
            }
            pool.CursorRepId = candidate.RepId;
            pool.CursorPosition = candidate.Position;
            pool.Assignments++;
            state.DirtyPools.Add(pool.PoolId);
            return new StrategyPick(candidate.RepId, Why(from, skipped));
        }
        return null;
    }

    /// <summary>Where the search begins, and how to describe it.</summary>
    private static (int Start, string From) Start(IReadOnlyList<PoolCandidate> candidates, PoolState pool)
    {
        var count = candidates.Count;
        if (pool.CursorRepId is { } cursor)
        {
            var current = CurrentPosition(candidates, cursor, pool.CursorPosition);
            if (current >= 0) return ((current + 1) % count, $"next after {cursor} in rotation");
            if (pool.CursorPosition >= 0)
                return (Follower(pool.CursorPosition, count), $"next after {cursor} (no longer in the pool) in rotation");
        }
        else if (pool.CursorPosition >= 0)
        {
            return (Follower(pool.CursorPosition, count), "next in rotation");
        }
        return (0, "first in rotation");
    }

    /// <summary>
    /// The removed cursor's follower now sits at its stored position; past the end of a shorter list
    /// everything after it went too, so the rotation wraps to the first member.
    /// </summary>
    private static int Follower(int storedPosition, int count) => storedPosition < count ? storedPosition : 0;

    /// <summary>The cursor member's current position; its stored one when it is listed twice there; -1 when removed.</summary>
    private static int CurrentPosition(IReadOnlyList<PoolCandidate> candidates, string repId, int stored)
    {
        if (stored >= 0 && stored < candidates.Count && candidates[stored].RepId == repId) return stored;
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[i].RepId == repId) return i;
        return -1;
    }

    private static string Why(string from, List<PoolCandidate>? skipped) =>
        skipped is null
            ? $"round robin: {from}"
            : $"round robin: {from} (skipped {string.Join(", ", skipped.Select(s => $"{s.RepId}: {s.Reason}"))})";
}
