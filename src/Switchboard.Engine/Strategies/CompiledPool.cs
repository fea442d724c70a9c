using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// A pool resolved once per configuration version: members in member order with their compiled reps, and
/// its strategy. Candidate records are immutable, so each member keeps one per eligibility reason and hands
/// the same instances to every decision (created on first use; a race only makes an equal spare).
/// </summary>
internal sealed class CompiledPool
{
    private CompiledPool(Pool pool, IStrategy? strategy, Member[] members)
    {
        Pool = pool;
        Strategy = strategy;
        Members = members;
    }

    public Pool Pool { get; }
    /// <summary>Null for a strategy this build cannot run; routing then fails as <see cref="StrategyCatalog.Get"/> does.</summary>
    public IStrategy? Strategy { get; }
    public Member[] Members { get; }
    public bool Weighted => Pool.Strategy == Pool.Strategies.WeightedRoundRobin;

    public static CompiledPool Compile(Pool pool, IReadOnlyDictionary<string, CompiledRep> reps)
    {
        var ordered = PoolCandidates.InMemberOrder(pool.Members);
        var members = new Member[ordered.Count];
        for (var i = 0; i < members.Length; i++)
            members[i] = new Member(ordered[i], i, reps.GetValueOrDefault(ordered[i].RepId));
        StrategyCatalog.TryGet(pool.Strategy, out var strategy);
        return new CompiledPool(pool, strategy, members);
    }

    internal sealed class Member(PoolMember member, int position, CompiledRep? rep)
    {
        private static readonly string?[] Reasons =
        [
            null, EligibilityReasons.Inactive, EligibilityReasons.OutOfOffice, EligibilityReasons.OutsideWorkingHours,
            EligibilityReasons.StatusAway, EligibilityReasons.StatusOffline, EligibilityReasons.CapOpen, EligibilityReasons.CapDay,
            EligibilityReasons.CapWeek, EligibilityReasons.SkillMismatch, EligibilityReasons.Excluded, EligibilityReasons.WeightZero,
            EligibilityReasons.UnknownRep,
        ];

        private readonly PoolCandidate?[] _candidates = new PoolCandidate?[Reasons.Length];
        private readonly Candidate?[] _records = new Candidate?[Reasons.Length];

        public PoolMember Definition { get; } = member;
        public CompiledRep? Rep { get; } = rep;

        public PoolCandidate Candidate(string? reason)
        {
            var index = Array.IndexOf(Reasons, reason);
            if (index < 0) return new PoolCandidate(Definition, position, reason is null, reason);
            return _candidates[index] ??= new PoolCandidate(Definition, position, reason is null, reason);
        }

        public Candidate Record(string? reason)
        {
            var index = Array.IndexOf(Reasons, reason);
            if (index < 0) return new Candidate(Definition.RepId, reason is null, reason);
            return _records[index] ??= new Candidate(Definition.RepId, reason is null, reason);
        }
    }
}
