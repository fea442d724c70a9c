using System.Collections.Concurrent;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// A pool resolved once per configuration version: members in member order with their compiled reps, and
/// its strategy. Candidate records are immutable, so each member keeps one per eligibility reason and hands
/// the same instances to every decision (created on first use; a race only makes an equal spare). The
/// candidate lists of the last routing are kept too, and handed out again while every member's reason is the same,
/// and so are the texts its strategy remembers (<see cref="Remembered"/>).
/// </summary>
internal sealed class CompiledPool
{
    /// <summary>The last candidate lists and the reasons (by <see cref="Member.ReasonIndex"/>) they were made for; replaced whole.</summary>
    private sealed record Made(byte[] Reasons, PoolCandidate[] Candidates, Candidate[] Recorded);

    private Made? _last;
    private readonly ConcurrentDictionary<string, string> _remembered = new(StringComparer.Ordinal);

    private CompiledPool(Pool pool, IStrategy? strategy, Member[] members)
    {
        Pool = pool;
        Strategy = strategy;
        Members = members;
    }

    public Pool Pool { get; }
    /// <summary>Null for shark_tank, which opens a claim window rather than picking.</summary>
    public IStrategy? Strategy { get; }
    public Member[] Members { get; }
    /// <summary>Whether the pool's strategy reads weights, so weight 0 pauses a member (<c>weight_zero</c>).</summary>
    public bool Weighted => Strategy?.UsesWeights == true;

    public static CompiledPool Compile(Pool pool, IReadOnlyDictionary<string, CompiledRep> reps, FieldTable fields)
    {
        var ordered = PoolCandidates.InMemberOrder(pool.Members);
        var dimensions = pool.Eligibility.MatchSkills.Select(name => RepSkills.Dimension(name, fields)).ToArray();
        var members = new Member[ordered.Count];
        for (var i = 0; i < members.Length; i++)
            members[i] = new Member(ordered[i], i, reps.GetValueOrDefault(ordered[i].RepId), dimensions);
        Registered.Strategies.TryGet(pool.Strategy, out var strategy);
        return new CompiledPool(pool, strategy, members);
    }

    /// <summary>
    /// A text the strategy makes from <paramref name="key"/> (a member's id), made once: keys are this pool's
    /// members, so what is kept is bounded by the pool and goes with the configuration version.
    /// </summary>
    public string Remembered(string key, Func<string, string> make) => _remembered.GetOrAdd(key, make);

    /// <summary>
    /// The candidates and records for one reason per member (<see cref="Member.ReasonIndex"/>, in member order):
    /// the last lists when they were made for the same reasons, otherwise new ones (kept as the last). The
    /// lists are never changed once made, so decisions and threads may share them.
    /// </summary>
    public (PoolCandidate[] Candidates, Candidate[] Recorded) Lists(ReadOnlySpan<byte> reasons)
    {
        if (_last is { } last && reasons.SequenceEqual(last.Reasons)) return (last.Candidates, last.Recorded);
        var candidates = new PoolCandidate[Members.Length];
        var recorded = new Candidate[Members.Length];
        for (var i = 0; i < Members.Length; i++)
        {
            candidates[i] = Members[i].Candidate(reasons[i]);
            recorded[i] = Members[i].Record(reasons[i]);
        }
        _last = new Made(reasons.ToArray(), candidates, recorded);
        return (candidates, recorded);
    }

    internal sealed class Member(PoolMember member, int position, CompiledRep? rep, RepSkills.SkillDimension[] dimensions)
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
        /// <summary>The rep's skills in each of the pool's matchSkills dimensions, resolved once.</summary>
        private readonly HashSet<string>?[] _skills = rep is null ? [] : [.. dimensions.Select(rep.Skills.In)];

        public PoolMember Definition { get; } = member;
        public CompiledRep? Rep { get; } = rep;

        /// <summary>The pool's matchSkills check for this member: every dimension is met (see <see cref="RepSkills.Match(IReadOnlyList{string}, LeadFacts)"/>).</summary>
        public bool MatchesSkills(LeadFacts lead)
        {
            for (var i = 0; i < _skills.Length; i++)
                if (!RepSkills.Match(dimensions[i], _skills[i], lead)) return false;
            return true;
        }

        /// <summary>The index of an eligibility reason (null: eligible) among the known ones; -1 for any other.</summary>
        public static int ReasonIndex(string? reason)
        {
            for (var i = 0; i < Reasons.Length; i++)
                if (ReferenceEquals(Reasons[i], reason)) return i;
            return Array.IndexOf(Reasons, reason);
        }

        public PoolCandidate Candidate(int reason) =>
            _candidates[reason] ??= new PoolCandidate(Definition, position, reason == 0, Reasons[reason]);

        public Candidate Record(int reason) =>
            _records[reason] ??= new Candidate(Definition.RepId, reason == 0, Reasons[reason]);

        /// <summary>A candidate for a reason without an index (<see cref="ReasonIndex"/> -1): made afresh.</summary>
        public PoolCandidate Candidate(string? reason) => new(Definition, position, reason is null, reason);
    }
}
