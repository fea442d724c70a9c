namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// sla-without-touches (info): a pool with a first-touch SLA whose leads of the last 30 days were never touched through
/// the API (<c>POST /api/leads/{id}/touch</c>): its reps work elsewhere, so every such lead breaches unless its stage leaves New.
/// </summary>
internal sealed class SlaWithoutTouchesRule : ILintRule
{
    public const string Code = "sla-without-touches";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var pool in context.Config.Pools)
        {
            if (pool.Sla is null || !context.Facts.Pools.TryGetValue(pool.Id, out var activity)) continue;
            if (activity.Assigned == 0 || activity.Touched > 0) continue;
            yield return LintFinding.Info(Code, context.PoolPath(pool) + ".sla",
                $"none of the {activity.Assigned} leads pool \"{pool.Id}\" assigned in the last {LintFacts.Window.TotalDays} days was touched through the API (POST /api/leads/{{id}}/touch): each breaches its first-touch SLA unless its stage leaves New");
        }
    }
}
