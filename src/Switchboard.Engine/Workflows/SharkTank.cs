using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// shark_tank pools: the lead becomes claimable, eligible members are emailed, and a claim_window timer is set.
/// The first claim wins; when the window ends unclaimed, the pool's afterWindow strategy assigns it.
/// </summary>
internal static class SharkTank
{
    public const string NotAMember = "not_a_member";
    public const string UnknownPool = "unknown_pool";
    public const string MaxOpenClaims = "max_open_claims";

    /// <summary>Makes the lead claimable in <paramref name="pool"/>; false (nothing recorded) when no member is eligible.</summary>
    public static bool Open(Evaluation ev, Pool pool, IReadOnlyList<PoolCandidate> candidates, string? workflowId, string action)
    {
        var eligible = candidates.Where(c => c.Eligible).Select(c => c.RepId).ToList();
        if (eligible.Count == 0) return false;
        var lead = ev.Lead;
        lead.Status = LeadStatus.Claimable;
        lead.PoolId = pool.Id;
        ev.Parked = true;
        var closes = ev.Now + IsoDuration.Parse(pool.ClaimWindow);
        ev.Effects.Timers.Add(new TimerRequest(TimerKinds.ClaimWindow, closes, lead.Id, new JsonObject { ["poolId"] = pool.Id }));
        var notified = Notify(ev, pool, eligible, closes);
        ev.Decisions.Add(ev.NewDecision(workflowId, action, Outcomes.Claimable,
            $"shark tank {pool.Id}: claimable by {string.Join(", ", eligible)} until {InstantPattern.ExtendedIso.Format(closes)}; "
            + (notified.Count == 0 ? "no eligible member has an email address" : $"emailed {string.Join(", ", notified)}")) with
        {
            PoolId = pool.Id, Strategy = Pool.Strategies.SharkTank, Candidates = PoolRouting.Recorded(candidates),
        });
        return true;
    }

    public static ClaimResult Claim(CompiledConfig config, RoutingState state, Lead lead, string repId, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.Claim), now);
        if (lead.Status != LeadStatus.Claimable || lead.PoolId is null) return new(ClaimOutcome.NotClaimable, ev, lead.OwnerId);
        if (!config.Pools.TryGetValue(lead.PoolId, out var pool)) return new(ClaimOutcome.NotEligible, ev, Reason: UnknownPool);
        if (pool.Members.All(m => m.RepId != repId)) return new(ClaimOutcome.NotEligible, ev, Reason: NotAMember);
        if (!config.Reps.TryGetValue(repId, out var rep)) return new(ClaimOutcome.NotEligible, ev, Reason: EligibilityReasons.UnknownRep);
        var load = state.Load(repId);
        if (EligibilityCheck.FirstFailure(rep, pool.Eligibility, load, ev.Facts, now, lead.PreviousOwners) is { } reason)
            return new(ClaimOutcome.NotEligible, ev, Reason: reason);
        if (pool.MaxOpenClaims is { } max && load.Open >= max) return new(ClaimOutcome.CapReached, ev, Reason: MaxOpenClaims);

        Handover.Give(ev, repId, pool, null, null);
        var poolState = state.Pool(pool.Id);
        poolState.Assignments++;
        state.DirtyPools.Add(pool.Id);
        ev.Effects.CancelTimers.Add(new TimerCancel(lead.Id, TimerKinds.ClaimWindow));
        ev.Decisions.Add(ev.NewDecision(null, "claim", Outcomes.Claimed, $"shark tank {pool.Id}: {repId} claimed the lead first") with
        {
            PoolId = pool.Id, Strategy = Pool.Strategies.SharkTank, ChosenRepId = repId, Candidates = [new Candidate(repId, true, null)],
        });
        return new(ClaimOutcome.Claimed, ev, repId);
    }

    /// <summary>Assigns a still-claimable lead with the pool's afterWindow strategy (default round_robin); otherwise does nothing.</summary>
    public static Evaluation WindowEnded(CompiledConfig config, RoutingState state, Lead lead, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.ClaimWindowEnded), now);
        if (lead.Status != LeadStatus.Claimable) return ev;
        foreach (var previous in lead.PreviousOwners) ev.Excluded.Add(previous);
        if (lead.PoolId is null || !config.Pools.TryGetValue(lead.PoolId, out var pool))
        {
            FallbackRouting.Route(ev, $"the claim window ended and pool {lead.PoolId} no longer exists");
            return ev;
        }
        PoolRouting.Route(ev, pool, null, "after_window", strategy: AfterWindow(pool));
        return ev;
    }

    public static string AfterWindow(Pool pool) =>
        pool.AfterWindow is { } after && after != Pool.Strategies.SharkTank ? after : Pool.Strategies.RoundRobin;

    private static List<string> Notify(Evaluation ev, Pool pool, List<string> eligible, Instant closes)
    {
        var lead = ev.Lead;
        var notified = new List<string>();
        var subject = $"Up for claim in {(pool.Name.Length > 0 ? pool.Name : pool.Id)}: {LeadText.DisplayName(lead)}";
        var text = LeadSummary.Text(lead, null, ev.Config.PublicUrl)
            + $"\nClaim it there before {InstantPattern.ExtendedIso.Format(closes)}.";
        foreach (var repId in eligible)
        {
            if (Recipients.Rep(ev.Config, repId)?.Email is not { Length: > 0 } email) continue;
            ev.Effects.Messages.Add(OutgoingMessages.Email([email], subject, text, lead.Id));
            notified.Add(repId);
        }
        return notified;
    }
}
