namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// pool-no-active-member (warning): no member of the pool is an active rep, so it never assigns (its leads queue, overflow
/// or stay unassigned). duplicate-member (error): a rep listed twice in one pool (validation refuses it too).
/// </summary>
internal sealed class PoolMembersRule : ILintRule
{
    public const string NoActiveMember = "pool-no-active-member";
    public const string DuplicateMember = "duplicate-member";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        for (var p = 0; p < context.Config.Pools.Count; p++)
        {
            var pool = context.Config.Pools[p];
            var path = $"pools[{p}].members";
            if (!context.ActiveMembers(pool).Any())
                yield return LintFinding.Warning(NoActiveMember, path,
                    $"pool \"{pool.Id}\" has no active member: it never assigns, and its leads {Fate(pool.WhenNoneEligible)}");
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var m = 0; m < pool.Members.Count; m++)
            {
                var rep = pool.Members[m].RepId;
                if (first.TryAdd(rep, m)) continue;
                yield return LintFinding.Error(DuplicateMember, $"{path}[{m}].repId",
                    $"\"{rep}\" is listed twice in pool \"{pool.Id}\" (also {path}[{first[rep]}]); remove one");
            }
        }
    }

    private static string Fate(string whenNoneEligible) => whenNoneEligible switch
    {
        Model.Pool.NoneEligible.Queue => "wait in its queue",
        Model.Pool.NoneEligible.Overflow => "all overflow",
        _ => "stay unassigned",
    };
}
