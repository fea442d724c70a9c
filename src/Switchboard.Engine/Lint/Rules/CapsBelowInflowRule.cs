using System.Globalization;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// caps-below-inflow (warning): a pool that respects capacity, whose active members all have a daily cap
/// (<c>capacity.perDay</c>), where those caps summed are below the leads the pool assigned per day on average over the last
/// 30 days: at that inflow the caps run out and leads queue, overflow or stay unassigned.
/// </summary>
internal sealed class CapsBelowInflowRule : ILintRule
{
    public const string Code = "caps-below-inflow";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var days = LintFacts.Window.TotalDays;
        foreach (var pool in context.Config.Pools)
        {
            if (pool.Eligibility?.RespectCapacity == false) continue;
            if (!context.Facts.Pools.TryGetValue(pool.Id, out var activity) || activity.Assigned == 0) continue;
            var members = context.ActiveMembers(pool).ToList();
            if (members.Count == 0 || members.Any(rep => rep.Capacity?.PerDay is null)) continue;
            var caps = members.Sum(rep => rep.Capacity!.PerDay!.Value);
            var perDay = activity.Assigned / days;
            if (caps >= perDay) continue;
            yield return LintFinding.Warning(Code, context.PoolPath(pool) + ".members",
                $"the daily caps of pool \"{pool.Id}\"'s members add up to {caps}, below the {perDay.ToString("0.#", CultureInfo.InvariantCulture)} leads a day it assigned on average over the last {days} days ({activity.Assigned} leads)");
        }
    }
}
