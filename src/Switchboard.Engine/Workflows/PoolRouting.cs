using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Workflows;

/// <summary>Routes a lead into a pool: eligibility, the pool's strategy, and what happens when nobody is eligible.</summary>
public static class PoolRouting
{
    public static void Route(Evaluation ev, Pool pool, string? workflowId, string action)
    {
        HashSet<string>? visited = null;
        while (true)
        {
            var (candidates, recorded, strategy) = Candidates(ev, pool);
            var poolState = ev.State.Pool(pool.Id);
            var pick = (strategy ?? StrategyCatalog.Get(pool.Strategy)).Pick(candidates, poolState, ev.State);
            if (pick is not null)
            {
                Ownership.Assign(ev.Config, ev.State, ev.Lead, pick.RepId, ev.Now);
                ev.State.DirtyPools.Add(pool.Id);
                ev.AssignedHere = true;
                ev.Decisions.Add(ev.NewDecision(workflowId, action, "assigned", pick.Why, pool.Id, pool.Strategy, pick.RepId, recorded));
                return;
            }

            var summary = candidates.Count == 0 ? "no members" : "no eligible member (" + Reasons(candidates) + ")";
            if (pool.WhenNoneEligible == Pool.NoneEligible.Overflow && pool.OverflowPool is { } next
                && next != pool.Id && !(visited?.Contains(next) ?? false) && ev.Config.Pools.TryGetValue(next, out var overflow))
            {
                ev.Decisions.Add(ev.NewDecision(workflowId, action, "overflow", $"pool {pool.Id}: {summary}; overflow to pool {next}",
                    pool.Id, pool.Strategy, null, recorded));
                (visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(pool.Id);
                pool = overflow;
                continue;
            }
            if (pool.WhenNoneEligible == Pool.NoneEligible.Queue)
            {
                ev.Lead.Status = LeadStatus.Queued;
                ev.Lead.PoolId = pool.Id;
                ev.Parked = true;
                ev.Decisions.Add(ev.NewDecision(workflowId, action, "queued", $"pool {pool.Id}: {summary}; the lead waits in the pool",
                    pool.Id, pool.Strategy, null, recorded));
                return;
            }
            ev.Decisions.Add(ev.NewDecision(workflowId, action, "unassigned", $"pool {pool.Id}: {summary}; left in the unassigned queue",
                pool.Id, pool.Strategy, null, recorded));
            return;
        }
    }

    /// <summary>The pool's candidates, their records, and its strategy when already resolved.</summary>
    private static (IReadOnlyList<PoolCandidate>, IReadOnlyList<Candidate>, IStrategy?) Candidates(Evaluation ev, Pool pool)
    {
        if (ev.Config.Compiled(pool) is { } compiled)
        {
            var (candidates, recorded) = PoolCandidates.Build(compiled, ev.State, ev.Facts, ev.Now, ev.Excluded);
            return (candidates, recorded, compiled.Strategy);
        }
        var built = PoolCandidates.Build(pool, ev.Config.Reps, ev.State, ev.Facts, ev.Now, ev.Excluded);
        return (built, Record(built), null);
    }

    /// <summary>The candidates as the decision records them.</summary>
    private static Candidate[] Record(IReadOnlyList<PoolCandidate> candidates)
    {
        var recorded = new Candidate[candidates.Count];
        for (var i = 0; i < recorded.Length; i++)
        {
            var candidate = candidates[i];
            recorded[i] = new Candidate(candidate.RepId, candidate.Eligible, candidate.Reason);
        }
        return recorded;
    }

    private static string Reasons(IReadOnlyList<PoolCandidate> candidates) =>
        string.Join(", ", candidates.Where(c => !c.Eligible).Select(c => $"{c.RepId}: {c.Reason}"));
}
