using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>A pool's members in member order, each with its eligibility for one lead at one instant.</summary>
public static class PoolCandidates
{
    /// <summary>
    /// Member order: a stable sort by <see cref="PoolMember.Order"/> where set, otherwise by list position.
    /// A member whose rep is not configured is <c>unknown_rep</c>; in a weighted_round_robin pool an
    /// otherwise eligible member with weight 0 is <c>weight_zero</c>. Reads <paramref name="state"/> without changing it.
    /// </summary>
    public static IReadOnlyList<PoolCandidate> Build(
        Pool pool, IReadOnlyDictionary<string, CompiledRep> reps, RoutingState state, LeadFacts lead, Instant now,
        IReadOnlyCollection<string> excluded)
    {
        var weighted = pool.Strategy == Pool.Strategies.WeightedRoundRobin;
        var members = pool.Members.Select((member, index) => (member, key: member.Order ?? index)).OrderBy(m => m.key);
        var candidates = new List<PoolCandidate>(pool.Members.Count);
        foreach (var (member, _) in members)
        {
            var reason = reps.TryGetValue(member.RepId, out var rep)
                ? EligibilityCheck.FirstFailure(rep, pool.Eligibility, LoadOf(state, member.RepId), lead, now, excluded)
                : EligibilityReasons.UnknownRep;
            if (reason is null && weighted && member.Weight <= 0) reason = EligibilityReasons.WeightZero;
            candidates.Add(new PoolCandidate(member, candidates.Count, reason is null, reason));
        }
        return candidates;
    }

    private static RepLoad LoadOf(RoutingState state, string repId) =>
        state.Loads.TryGetValue(repId, out var load) ? load : new RepLoad { RepId = repId };
}
