using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Eligibility;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// pool-out-of-office (warning): every active member of the pool is out of office for the whole next 7 days, so the
/// pool assigns nothing in that time. (A pool with no active member at all is pool-no-active-member.)
/// </summary>
internal sealed class OutOfOfficePoolRule : ILintRule
{
    public const string Code = "pool-out-of-office";
    public static readonly Duration Ahead = Duration.FromDays(7);

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var until = context.Now + Ahead;
        foreach (var pool in context.Config.Pools)
        {
            var members = context.ActiveMembers(pool).ToList();
            if (members.Count == 0) continue;
            var back = members.Select(rep => (rep.Id, Back: RepCalendar.Compile(rep).OutOfOfficeEnd(context.Now))).ToList();
            if (back.Any(m => m.Back is not { } end || end < until)) continue;
            var list = string.Join(", ", back.Select(m => $"{m.Id} until {InstantPattern.General.Format(m.Back!.Value)}"));
            yield return LintFinding.Warning(Code, context.PoolPath(pool) + ".members",
                $"every active member of pool \"{pool.Id}\" is out of office for the next 7 days ({list}): it assigns nothing until then");
        }
    }
}
