using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// The owner rejects a lead. Any reason but not_ready: the owner is released (and excluded from then on as a
/// previous owner), the lead.rejected workflows run with the fact "rejectReason", and a lead still unowned is
/// re-routed in the pool that gave the rejected owner, else settings.fallbackPool, else left unassigned.
/// not_ready recycles instead: status recycled, stage Nurturing, no owner, added to settings.nurtureList;
/// no workflows run and nothing is re-routed.
/// </summary>
internal static class Rejection
{
    public const string NotReady = "not_ready";
    public const string ReasonFact = "rejectReason";
    public const string NurturingStage = "Nurturing";

    /// <summary>
    /// Refused (nothing changes) as forbidden when <paramref name="repId"/> is not the lead's current owner, as a
    /// conflict when the lead is closed (converted, disqualified, recycled).
    /// </summary>
    public static Refusable<Evaluation> Reject(CompiledConfig config, RoutingState state, Lead lead, string repId, string reason, Instant now)
    {
        if (!lead.IsOpen)
            return new Refusal(RefusalKind.Conflict, "status", $"lead {lead.Id} is {lead.Status}; only open leads can be rejected");
        if (lead.OwnerId is null || lead.OwnerId != repId)
            return new Refusal(RefusalKind.Forbidden, "repId", $"only the owner of lead {lead.Id} may reject it; {repId} is not its owner ({lead.OwnerId ?? "nobody"} is)");
        var routedPoolId = lead.RoutedPoolId;
        if (reason == NotReady) return Recycle(config, state, lead, repId, now);

        Ownership.Release(state, lead);
        lead.Status = LeadStatus.Unassigned;
        lead.PoolId = null;
        lead.RoutedPoolId = null;
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.LeadRejected), now);
        ev.Facts.SetEventFact(ReasonFact, reason);
        SlaClock.Stop(ev);
        foreach (var previous in lead.PreviousOwners) ev.Excluded.Add(previous);
        ev.Decisions.Add(ev.NewDecision(null, "reject", Outcomes.Rejected, $"{repId} rejected the lead (reason: {reason}); it is re-routed without them") with
        {
            Candidates = [new Candidate(repId, false, Eligibility.EligibilityReasons.Excluded)],
        });

        WorkflowRun.All(ev);
        if (lead.OwnerId is not null || ev.Parked) return ev;
        if (routedPoolId is not null && config.Pools.TryGetValue(routedPoolId, out var pool))
            PoolRouting.Route(ev, pool, null, "reject");
        else
            FallbackRouting.Route(ev, $"{repId} rejected the lead, it was not routed through a pool and no workflow re-assigned it");
        return ev;
    }

    private static Evaluation Recycle(CompiledConfig config, RoutingState state, Lead lead, string repId, Instant now)
    {
        Ownership.Close(state, lead, LeadStatus.Recycled);
        Ownership.Release(state, lead);
        lead.Stage = NurturingStage;
        lead.PoolId = null;
        lead.RoutedPoolId = null;
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.LeadRejected), now);
        SlaClock.Stop(ev);
        var list = config.Source.Settings.NurtureList;
        if (list is not null) ev.Effects.Memberships.Add(new MembershipChange("list", list, lead.Id, true));
        ev.Decisions.Add(ev.NewDecision(null, "reject", Outcomes.Recycled,
            $"{repId} rejected the lead as not ready: recycled to stage {NurturingStage} without an owner"
            + (list is null ? " (no nurture list is set)" : $" and added to list {list}")));
        return ev;
    }
}
