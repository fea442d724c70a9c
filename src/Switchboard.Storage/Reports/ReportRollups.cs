using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Reports;

/// <summary>A distribution rollup row's key: the UTC hour, pool, rep, workflow, lead source, and reason ("" = eligible).</summary>
internal readonly record struct DistributionKey(long Slot, string PoolId, string RepId, string WorkflowId, string Source, string Reason);

internal sealed class DistributionSums
{
    public long Times;
    public long Assigned;
    public double Expected;
}

/// <summary>An SLA rollup row's key: the UTC hour, pool ("" for a direct assignment), rep, workflow and lead source.</summary>
internal readonly record struct SlaKey(long Slot, string PoolId, string RepId, string WorkflowId, string Source);

internal sealed class SlaSums
{
    public long Assignments;
    public long Breaches;
    public long Reassignments;
    public long Escalations;
}

/// <summary>
/// The report rollups of the decisions one routing transaction appends, summed in memory first so a batch of leads
/// in the same hour costs one upsert per key. A pool decision (a pool and its candidates) adds, per distinct
/// candidate: one "time" under its reason (eligible or the reason it was skipped for) and, when the decision assigned
/// someone, the candidate's share of it (<see cref="PoolWeights.Shares"/>) to its expected count and one to the chosen
/// rep's assigned count. So per pool the expected counts sum exactly to the leads the pool assigned.
/// </summary>
internal sealed class ReportRollups
{
    /// <summary>The rollups' time bucket: one UTC hour.</summary>
    public static readonly long SlotTicks = Duration.FromHours(1).BclCompatibleTicks;

    public Dictionary<DistributionKey, DistributionSums> Distribution { get; } = [];
    public Dictionary<SlaKey, SlaSums> Sla { get; } = [];

    /// <summary>The start (Unix ticks) of the slot holding <paramref name="at"/>.</summary>
    public static long Slot(Instant at)
    {
        var ticks = at.ToUnixTimeTicks();
        return ticks - (((ticks % SlotTicks) + SlotTicks) % SlotTicks);
    }

    /// <summary>Whether a decision feeds any rollup (so the lead's source is needed).</summary>
    public static bool Counts(Decision decision) =>
        decision.Outcome is Outcomes.Assigned or Outcomes.SlaBreached or Outcomes.Escalated
        || (decision.PoolId is not null && decision.Candidates.Count > 0);

    /// <summary>One lead's decisions, in order (an escalation or a reassignment is counted for the rep who breached before it).</summary>
    public void Add(IReadOnlyList<Decision> decisions, string? source, PoolWeights weights)
    {
        string? breachedBy = null;
        foreach (var decision in decisions)
        {
            if (!Counts(decision)) continue;
            var slot = Slot(decision.At);
            var workflow = decision.WorkflowId ?? "";
            var assigned = decision is { Outcome: Outcomes.Assigned, ChosenRepId: not null };
            if (decision.PoolId is { } poolId && decision.Candidates.Count > 0)
                AddPoolDecision(decision, poolId, slot, workflow, source ?? "", assigned, weights);
            if (assigned)
                SlaRow(slot, decision.PoolId, decision.ChosenRepId!, workflow, source).Assignments++;
            switch (decision.Outcome)
            {
                case Outcomes.SlaBreached when decision.ChosenRepId is { } rep:
                    breachedBy = rep;
                    SlaRow(slot, decision.PoolId, rep, workflow, source).Breaches++;
                    break;
                case Outcomes.Escalated when breachedBy is not null:
                    SlaRow(slot, decision.PoolId, breachedBy, workflow, source).Escalations++;
                    breachedBy = null;
                    break;
                case Outcomes.Assigned when breachedBy is not null && decision.Action == SlaReassign:
                    SlaRow(slot, decision.PoolId, breachedBy, workflow, source).Reassignments++;
                    breachedBy = null;
                    break;
            }
        }
    }

    /// <summary>The action of the re-routing that follows an SLA breach (see the engine's SlaBreach).</summary>
    private const string SlaReassign = "sla_reassign";

    private void AddPoolDecision(Decision decision, string poolId, long slot, string workflow, string source, bool assigned, PoolWeights weights)
    {
        var candidates = decision.Candidates.DistinctBy(c => c.RepId).ToList();
        var shares = assigned ? weights.Shares(decision, candidates) : (DecisionShares?)null;
        foreach (var candidate in candidates)
        {
            var key = new DistributionKey(slot, poolId, candidate.RepId, workflow, source, candidate.Eligible ? "" : candidate.Reason ?? "not_eligible");
            if (!Distribution.TryGetValue(key, out var sums)) Distribution[key] = sums = new DistributionSums();
            sums.Times++;
            if (shares is not { } share || !candidate.Eligible) continue;
            sums.Expected += share.Of(candidate.RepId);
            if (candidate.RepId == decision.ChosenRepId) sums.Assigned++;
        }
    }

    private SlaSums SlaRow(long slot, string? poolId, string repId, string workflow, string? source)
    {
        var key = new SlaKey(slot, poolId ?? "", repId, workflow, source ?? "");
        if (!Sla.TryGetValue(key, out var sums)) Sla[key] = sums = new SlaSums();
        return sums;
    }
}
