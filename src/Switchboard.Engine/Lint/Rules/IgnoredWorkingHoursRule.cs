namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// pool-ignores-working-hours (info): a pool with <c>eligibility.requireAvailable</c> false assigns at any hour, yet
/// some of its active members keep working hours: today such a pool assigns on Saturday night.
/// </summary>
internal sealed class IgnoredWorkingHoursRule : ILintRule
{
    public const string Code = "pool-ignores-working-hours";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var pool in context.Config.Pools)
        {
            if (pool.Eligibility?.RequireAvailable != false) continue;
            var keeping = context.ActiveMembers(pool).Where(rep => rep.WorkingHours is not null).Select(rep => rep.Id).ToList();
            if (keeping.Count == 0) continue;
            yield return LintFinding.Info(Code, context.PoolPath(pool) + ".eligibility.requireAvailable",
                $"pool \"{pool.Id}\" ignores working hours (requireAvailable is false) although {string.Join(", ", keeping)} keep working hours: today such a pool assigns on Saturday night",
                "true");
        }
    }
}
