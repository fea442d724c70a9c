using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Strategies;

/// <summary>A pool's members in member order, each with its eligibility for one lead at one instant.</summary>
internal static class PoolCandidates
{
    /// <summary>A rep without stored load has none; eligibility only reads it, so one empty load serves all.</summary>
    private static readonly RepLoad NoLoad = new();

    /// <summary>
    /// Member order: a stable sort by <see cref="PoolMember.Order"/> where set, otherwise by list position.
    /// A member whose rep is not configured is <c>unknown_rep</c>; when the pool's strategy uses weights
    /// (<see cref="IStrategy.UsesWeights"/>) an otherwise eligible member with weight 0 is <c>weight_zero</c>. Reads <paramref name="state"/> without changing it.
    /// </summary>
    public static IReadOnlyList<PoolCandidate> Build(
        Pool pool, IReadOnlyDictionary<string, CompiledRep> reps, RoutingState state, LeadFacts lead, Instant now,
        IReadOnlyCollection<string> excluded)
    {
        var weighted = Registered.Strategies.TryGet(pool.Strategy, out var strategy) && strategy.UsesWeights;
        var members = InMemberOrder(pool.Members);
        var candidates = new List<PoolCandidate>(members.Count);
        foreach (var member in members)
        {
            var reason = reps.TryGetValue(member.RepId, out var rep)
                ? EligibilityCheck.FirstFailure(rep, pool.Eligibility, LoadOf(state, member.RepId), lead, now, excluded)
                : EligibilityReasons.UnknownRep;
            if (reason is null && weighted && member.Weight <= 0) reason = EligibilityReasons.WeightZero;
            candidates.Add(new PoolCandidate(member, candidates.Count, reason is null, reason));
        }
        return candidates;
    }

    /// <summary>
    /// The same candidates for a compiled pool, with the records a decision keeps of them; the records are
    /// shared per member and reason, and the lists themselves while the reasons stay the same (<see cref="CompiledPool"/>).
    /// </summary>
    internal static (PoolCandidate[] Candidates, Candidate[] Recorded) Build(
        CompiledPool pool, RoutingState state, LeadFacts lead, Instant now, IReadOnlyCollection<string> excluded)
    {
        var members = pool.Members;
        Span<byte> reasons = members.Length <= 512 ? stackalloc byte[members.Length] : new byte[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var index = CompiledPool.Member.ReasonIndex(Reason(pool, members[i], state, lead, now, excluded));
            if (index < 0) return Unshared(pool, state, lead, now, excluded);
            reasons[i] = (byte)index;
        }
        return pool.Lists(reasons);
    }

    /// <summary>New lists, for a reason <see cref="CompiledPool.Member.ReasonIndex"/> does not know.</summary>
    private static (PoolCandidate[] Candidates, Candidate[] Recorded) Unshared(
        CompiledPool pool, RoutingState state, LeadFacts lead, Instant now, IReadOnlyCollection<string> excluded)
    {
        var candidates = new PoolCandidate[pool.Members.Length];
        for (var i = 0; i < candidates.Length; i++)
            candidates[i] = pool.Members[i].Candidate(Reason(pool, pool.Members[i], state, lead, now, excluded));
        return (candidates, [.. candidates.Select(c => new Candidate(c.RepId, c.Eligible, c.Reason))]);
    }

    private static string? Reason(
        CompiledPool pool, CompiledPool.Member member, RoutingState state, LeadFacts lead, Instant now, IReadOnlyCollection<string> excluded)
    {
        string? reason = EligibilityReasons.UnknownRep;
        if (member.Rep is { } rep)
        {
            reason = EligibilityCheck.FirstFailureBesidesSkills(rep, pool.Pool.Eligibility, LoadOf(state, member.Definition.RepId), now, excluded);
            if (EligibilityCheck.SkillsDecide(reason) && !member.MatchesSkills(lead)) reason = EligibilityReasons.SkillMismatch;
        }
        return reason is null && pool.Weighted && member.Definition.Weight <= 0 ? EligibilityReasons.WeightZero : reason;
    }

    /// <summary>The list itself when no member sets an order (the usual case); otherwise a stable sort.</summary>
    internal static List<PoolMember> InMemberOrder(List<PoolMember> members)
    {
        foreach (var member in members)
            if (member.Order is not null)
                return [.. members.Select((m, index) => (m, key: m.Order ?? index)).OrderBy(m => m.key).Select(m => m.m)];
        return members;
    }

    private static RepLoad LoadOf(RoutingState state, string repId) =>
        state.Loads.TryGetValue(repId, out var load) ? load : NoLoad;
}
