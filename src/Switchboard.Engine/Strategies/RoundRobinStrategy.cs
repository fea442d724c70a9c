using System.Runtime.CompilerServices;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// The first eligible member after the cursor, cyclically; the cursor (member and position) moves to it.
/// A removed cursor member is replaced by whoever now sits at its stored position, so roster edits never reset the rotation.
/// </summary>
internal sealed class RoundRobinStrategy : IStrategy
{
    public static readonly RoundRobinStrategy Instance = new();

    private RoundRobinStrategy() { }

    public string Name => Pool.Strategies.RoundRobin;
    public bool UsesWeights => false;

    public StrategyPick? Pick(StrategyContext context)
    {
        var (candidates, pool) = (context.Candidates, context.Pool);
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
            return context.Picked(candidate.RepId, Why(context, from, cursor, start, step));
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

    /// <summary>
    /// "round robin: next after A in rotation (skipped B: cap_day, C: out_of_office)": where the search began
    /// (after <paramref name="cursor"/>, the cursor before this pick) and the <paramref name="skipped"/>
    /// ineligible members passed over from <paramref name="start"/>.
    /// </summary>
    private static string Why(StrategyContext context, From from, string? cursor, int start, int skipped)
    {
        // The usual why, made once per cursor member of a compiled pool.
        if (skipped == 0 && from == From.NextAfterCursor) return context.Remembered(cursor!, AfterCursor);
        var candidates = context.Candidates;
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

    private static string AfterCursor(string cursor) => $"round robin: next after {cursor} in rotation";
}
