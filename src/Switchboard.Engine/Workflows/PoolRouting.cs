using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Workflows;

/// <summary>Routes a lead into a pool: eligibility, the pool's strategy, and what happens when nobody is eligible.</summary>
internal static class PoolRouting
{
    /// <summary>
    /// Assigns with the pool's strategy (or <paramref name="strategy"/> for the first pool: the shark tank's
    /// afterWindow), opens a shark tank, or applies whenNoneEligible: overflow, queue (with a recheck timer), unassigned.
    /// The owner's SLA is <paramref name="workflowSla"/>, else the pool's.
    /// </summary>
    public static void Route(Evaluation ev, Pool pool, string? workflowId, string action, Sla? workflowSla = null, string? strategy = null)
    {
        HashSet<string>? visited = null;
        while (true)
        {
            var (candidates, recorded) = CandidatesWithRecords(ev, pool);
            var chosen = strategy ?? pool.Strategy;
            strategy = null;
            if (chosen == Pool.Strategies.SharkTank
                    ? SharkTank.Open(ev, pool, candidates, workflowId, action)
                    : TryAssign(ev, pool, chosen, candidates, workflowId, action, workflowSla, recorded: recorded))
                return;

            var summary = Summary(candidates);
            if (pool.WhenNoneEligible == Pool.NoneEligible.Overflow && pool.OverflowPool is { } next
                && (visited ??= new HashSet<string>(StringComparer.Ordinal) { pool.Id }).Add(next)
                && ev.Config.Pools.TryGetValue(next, out var overflow))
            {
                ev.Decisions.Add(ev.NewDecision(
                    workflowId, action, Outcomes.Overflow, $"pool {pool.Id}: {summary}; overflow to pool {next}", pool.Id, chosen, null, recorded));
                pool = overflow;
                continue;
            }
            if (pool.WhenNoneEligible == Pool.NoneEligible.Queue)
            {
                ev.Lead.Status = LeadStatus.Queued;
                ev.Lead.PoolId = pool.Id;
                ev.Parked = true;
                var recheck = QueueClock.Schedule(ev, pool, candidates);
                var wake = recheck is null ? "" : $"; rechecked at {NodaTime.Text.InstantPattern.ExtendedIso.Format(recheck.Value)}";
                ev.Decisions.Add(ev.NewDecision(
                    workflowId, action, Outcomes.Queued, $"pool {pool.Id}: {summary}; the lead waits in the pool{wake}", pool.Id, chosen, null, recorded));
                return;
            }
            if (ev.Lead.OwnerId is null)
            {
                ev.Lead.Status = LeadStatus.Unassigned;
                ev.Lead.PoolId = null;
            }
            ev.Decisions.Add(ev.NewDecision(
                workflowId, action, Outcomes.Unassigned, $"pool {pool.Id}: {summary}; left in the unassigned queue", pool.Id, chosen, null, recorded));
            return;
        }
    }

    /// <summary>The pool's members with their eligibility for this evaluation (its excluded reps included).</summary>
    internal static IReadOnlyList<PoolCandidate> Candidates(Evaluation ev, Pool pool) => CandidatesWithRecords(ev, pool).Candidates;

    /// <summary>The candidates and the records a decision keeps of them (shared per member and reason for a compiled pool).</summary>
    private static (IReadOnlyList<PoolCandidate> Candidates, Candidate[] Recorded) CandidatesWithRecords(Evaluation ev, Pool pool)
    {
        if (ev.Config.Compiled(pool) is { } compiled)
            return PoolCandidates.Build(compiled, ev.State, ev.Facts, ev.Now, ev.ExcludedReps);
        var candidates = PoolCandidates.Build(pool, ev.Config.Reps, ev.State, ev.Facts, ev.Now, ev.ExcludedReps);
        return (candidates, Recorded(candidates));
    }

    /// <summary>Picks with <paramref name="strategy"/> and assigns, recording the decision; false (nothing recorded) when nobody is eligible.</summary>
    internal static bool TryAssign(
        Evaluation ev, Pool pool, string strategy, IReadOnlyList<PoolCandidate> candidates, string? workflowId, string action,
        Sla? workflowSla, string? whyPrefix = null, Candidate[]? recorded = null)
    {
        var context = new StrategyContext(candidates, ev.State.Pool(pool.Id), ev.State, ev.Lead.Id, ev.Facts, ev.Now, ev.Config.Compiled(pool));
        var pick = Registered.Strategies.Get(strategy).Pick(context);
        if (pick is null) return false;
        Handover.Give(ev, pick.RepId, pool, workflowId, workflowSla);
        ev.State.DirtyPools.Add(pool.Id);
        ev.Decisions.Add(ev.NewDecision(
            workflowId, action, Outcomes.Assigned, whyPrefix + pick.Why, pool.Id, strategy, pick.RepId, recorded ?? Recorded(candidates)));
        return true;
    }

    internal static Candidate[] Recorded(IReadOnlyList<PoolCandidate> candidates) =>
        [.. candidates.Select(c => new Candidate(c.RepId, c.Eligible, c.Reason))];

    internal static string Summary(IReadOnlyList<PoolCandidate> candidates) =>
        candidates.Count == 0 ? "no members" : "no eligible member (" + Reasons(candidates) + ")";

    private static string Reasons(IReadOnlyList<PoolCandidate> candidates) =>
        string.Join(", ", candidates.Where(c => !c.Eligible).Select(c => $"{c.RepId}: {c.Reason}"));
}
