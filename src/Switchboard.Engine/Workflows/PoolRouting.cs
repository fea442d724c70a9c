using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Workflows;

/// <summary>Routes a lead into a pool: eligibility, the pool's strategy, and what happens when nobody is eligible.</summary>
public static class PoolRouting
{
    public static void Route(Evaluation ev, Pool pool, string? workflowId, string action)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            visited.Add(pool.Id);
            var candidates = PoolCandidates.Build(pool, ev.Config.Reps, ev.State, ev.Facts, ev.Now, ev.Excluded);
            var recorded = candidates.Select(c => new Candidate(c.RepId, c.Eligible, c.Reason)).ToArray();
            var poolState = ev.State.Pool(pool.Id);
            var pick = StrategyCatalog.Get(pool.Strategy).Pick(candidates, poolState, ev.State);
            if (pick is not null)
            {
                Ownership.Assign(ev.Config, ev.State, ev.Lead, pick.RepId, ev.Now);
                ev.State.DirtyPools.Add(pool.Id);
                ev.AssignedHere = true;
                ev.Decisions.Add(ev.NewDecision(workflowId, action, "assigned", pick.Why) with
                {
                    PoolId = pool.Id, Strategy = pool.Strategy, ChosenRepId = pick.RepId, Candidates = recorded,
                });
                return;
            }

            var none = ev.NewDecision(workflowId, action, "", "") with
            {
                PoolId = pool.Id, Strategy = pool.Strategy, Candidates = recorded,
            };
            var summary = candidates.Count == 0 ? "no members" : "no eligible member (" + Reasons(candidates) + ")";
            if (pool.WhenNoneEligible == Pool.NoneEligible.Overflow && pool.OverflowPool is { } next
                && !visited.Contains(next) && ev.Config.Pools.TryGetValue(next, out var overflow))
            {
                ev.Decisions.Add(none with { Outcome = "overflow", Why = $"pool {pool.Id}: {summary}; overflow to pool {next}" });
                pool = overflow;
                continue;
            }
            if (pool.WhenNoneEligible == Pool.NoneEligible.Queue)
            {
                ev.Lead.Status = LeadStatus.Queued;
                ev.Lead.PoolId = pool.Id;
                ev.Parked = true;
                ev.Decisions.Add(none with { Outcome = "queued", Why = $"pool {pool.Id}: {summary}; the lead waits in the pool" });
                return;
            }
            ev.Decisions.Add(none with { Outcome = "unassigned", Why = $"pool {pool.Id}: {summary}; left in the unassigned queue" });
            return;
        }
    }

    private static string Reasons(IReadOnlyList<PoolCandidate> candidates) =>
        string.Join(", ", candidates.Where(c => !c.Eligible).Select(c => $"{c.RepId}: {c.Reason}"));
}
