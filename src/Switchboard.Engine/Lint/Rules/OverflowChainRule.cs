using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// overflow-loop (warning): following overflowPool from a pool that overflows comes back to it, so when nobody is
/// eligible anywhere on the loop the lead goes round it (reported once per loop, at its first pool in the document).
/// overflow-dead-end (warning): a pool overflows into a pool with no active member, so the overflow ends in nothing.
/// </summary>
internal sealed class OverflowChainRule : ILintRule
{
    public const string Loop = "overflow-loop";
    public const string DeadEnd = "overflow-dead-end";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pool in context.Config.Pools)
        {
            if (Target(pool, context) is not { } target) continue;
            var path = context.PoolPath(pool) + ".overflowPool";
            var chain = Chain(pool, context);
            if (chain[^1] == pool.Id && chain.Count > 1 && reported.Add(pool.Id))
            {
                foreach (var id in chain) reported.Add(id);
                yield return LintFinding.Warning(Loop, path,
                    $"overflow goes round in a loop: {string.Join(" → ", chain)}; when nobody is eligible in any of them, the lead is left unassigned where the loop closes");
            }
            if (!context.ActiveMembers(target).Any())
                yield return LintFinding.Warning(DeadEnd, path,
                    $"pool \"{pool.Id}\" overflows into \"{target.Id}\", which has no active member: the overflow ends in nothing");
        }
    }

    private static Pool? Target(Pool pool, LintContext context) =>
        pool.WhenNoneEligible == Pool.NoneEligible.Overflow && pool.OverflowPool is { } id ? context.Pools.GetValueOrDefault(id) : null;

    /// <summary>The pool ids from <paramref name="start"/> along overflowPool, ending at a pool that does not overflow or at the first repeat.</summary>
    private static List<string> Chain(Pool start, LintContext context)
    {
        var chain = new List<string> { start.Id };
        for (var pool = Target(start, context); pool is not null; pool = Target(pool, context))
        {
            chain.Add(pool.Id);
            if (chain.IndexOf(pool.Id) < chain.Count - 1) break;
        }
        return chain;
    }
}
