using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
        for (var step = 0; step < count; step++)
        {
            var candidate = candidates[(start + step) % count];
            if (!candidate.Eligible) continue;
            var cursor = pool.CursorRepId;
            pool.CursorRepId = candidate.RepId;
            pool.CursorPosition = candidate.Position;
            pool.Assignments++;
            state.DirtyPools.Add(pool.PoolId);
            return new StrategyPick(candidate.RepId, Why(from, cursor, candidates, start, step));
        }
        return null;
    }

    /// <summary>How a search start is described: first, next, next after the cursor, next after a removed cursor.</summary>
    private enum From { First, Next, NextAfterCursor, NextAfterRemovedCursor }

    /// <summary>Where the search begins, and how to describe it.</summary>
    private static (int Start, From From) Start(IReadOnlyList<PoolCandidate> candidates, PoolState pool)
    {
        var count = candidates.Count;
        if (pool.CursorRepId is { } cursor)
        {
            var current = CurrentPosition(candidates, cursor, pool.CursorPosition);
            if (current >= 0) return ((current + 1) % count, From.NextAfterCursor);
            if (pool.CursorPosition >= 0)
                return (Follower(pool.CursorPosition, count), From.NextAfterRemovedCursor);
        }
        else if (pool.CursorPosition >= 0)
        {
            return (Follower(pool.CursorPosition, count), From.Next);
        }
        return (0, From.First);
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

    /// <summary>The usual why, "round robin: next after A in rotation", made once per cursor rep (up to <see cref="MaxRemembered"/> reps).</summary>
    private static string AfterCursor(string cursor)
    {
        if (Remembered.TryGetValue(cursor, out var why)) return why;
        why = $"round robin: next after {cursor} in rotation";
        if (Remembered.Count < MaxRemembered) Remembered.TryAdd(cursor, why);
        return why;
    }

    private const int MaxRemembered = 10_000;
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    /// <summary>
    /// "round robin: next after A in rotation (skipped B: cap_day, C: out_of_office)": where the search began
    /// (after <paramref name="cursor"/>, the cursor before this pick) and the <paramref name="skipped"/>
    /// ineligible members passed over from <paramref name="start"/>.
    /// </summary>
    private static string Why(From from, string? cursor, IReadOnlyList<PoolCandidate> candidates, int start, int skipped)
    {
        if (skipped == 0 && from == From.NextAfterCursor) return AfterCursor(cursor!);
        var why = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        why.AppendLiteral("round robin: ");
        switch (from)
        {
            case From.NextAfterCursor or From.NextAfterRemovedCursor:
                why.AppendLiteral("next after ");
                why.AppendFormatted(cursor);
                why.AppendLiteral(from == From.NextAfterCursor ? " in rotation" : " (no longer in the pool) in rotation");
                break;
            default:
                why.AppendLiteral(from == From.Next ? "next in rotation" : "first in rotation");
                break;
        }
        for (var step = 0; step < skipped; step++)
        {
            var candidate = candidates[(start + step) % candidates.Count];
            why.AppendLiteral(step == 0 ? " (skipped " : ", ");
            why.AppendFormatted(candidate.RepId);
            why.AppendLiteral(": ");
            why.AppendFormatted(candidate.Reason);
        }
        if (skipped > 0) why.AppendLiteral(")");
        return why.ToStringAndClear();
    }
}
