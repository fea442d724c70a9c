using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// An SLA timer fired. Stale timers (lead touched since the assignment, stage no longer New, lead closed, or
/// owned by someone else now) are recorded and ignored. Otherwise: record sla_breached, run the sla.breached
/// workflows, then (unless a workflow moved the lead) onBreach "reassign" re-routes within the routed pool
/// excluding every previous owner, up to maxReassignments, and escalates to the unassigned queue after
/// that or when nobody is eligible; "notify" only tells the manager. The breached owner's manager is emailed.
/// </summary>
internal static class SlaBreach
{
    public static Evaluation Handle(CompiledConfig config, RoutingState state, Lead lead, JsonObject payload, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.SlaBreached), now);
        var ownerId = SlaClock.Text(payload, "ownerId");
        var workflowId = SlaClock.Text(payload, "workflowId");
        var poolId = SlaClock.Text(payload, "poolId");
        var assignedAt = SlaClock.Text(payload, "assignedAt") is { } text && InstantPattern.ExtendedIso.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : (Instant?)null;
        var basis = ev.NewDecision(workflowId, "sla", "", "") with { PoolId = poolId, ChosenRepId = ownerId };
        if (Stale(lead, ownerId, assignedAt) is { } stale)
        {
            ev.Decisions.Add(basis with { Outcome = Outcomes.Stale, Why = $"SLA timer for {ownerId ?? "nobody"} no longer applies: {stale}" });
            return ev;
        }
        var sla = SlaClock.FromPayload(payload);
        ev.Decisions.Add(basis with
        {
            Outcome = Outcomes.SlaBreached,
            Why = $"sla_breached: {ownerId} did not touch the lead within {sla.FirstTouch} of assignment"
                + (assignedAt is { } at ? $" at {InstantPattern.ExtendedIso.Format(at)}" : ""),
        });
        WorkflowRun.All(ev);
        if (lead.OwnerId != ownerId || !lead.IsOpen) return ev;

        var owner = ownerId!;
        if (sla.OnBreach == Sla.Breach.Notify)
        {
            EmailManager(ev, owner, "SLA breached", $"{owner} did not touch this lead within {sla.FirstTouch}; the lead stays with them.");
            return ev;
        }
        if (lead.Reassignments >= sla.MaxReassignments)
        {
            Escalate(ev, owner, basis, $"{lead.Reassignments} of {sla.MaxReassignments} reassignments used", []);
            return ev;
        }
        var routedPool = lead.RoutedPoolId is { } routed && config.Pools.TryGetValue(routed, out var found) ? found : null;
        Ownership.Release(state, lead);
        lead.Status = LeadStatus.Unassigned;
        if (routedPool is null)
        {
            Escalate(ev, owner, basis, "the owner was not given by a pool, so there is nowhere to re-route", []);
            return ev;
        }
        foreach (var previous in lead.PreviousOwners) ev.Excluded.Add(previous);
        var candidates = PoolRouting.Candidates(ev, routedPool);
        var strategy = routedPool.Strategy == Pool.Strategies.SharkTank ? SharkTank.AfterWindow(routedPool) : routedPool.Strategy;
        if (PoolRouting.TryAssign(ev, routedPool, strategy, candidates, workflowId, "sla_reassign", sla, $"SLA breached by {owner}; "))
        {
            lead.Reassignments++;
            EmailManager(ev, owner, "SLA breached, lead reassigned",
                $"{owner} did not touch this lead within {sla.FirstTouch}; it was reassigned to {lead.OwnerId} ({lead.Reassignments} of {sla.MaxReassignments}).");
            return ev;
        }
        Escalate(ev, owner, basis with { PoolId = routedPool.Id, Strategy = strategy },
            $"pool {routedPool.Id}: {PoolRouting.Summary(candidates)}", PoolRouting.Recorded(candidates));
        return ev;
    }

    private static string? Stale(Lead lead, string? ownerId, Instant? assignedAt)
    {
        if (!lead.IsOpen) return $"the lead is {lead.Status}";
        if (ownerId is null || lead.OwnerId != ownerId) return $"the lead is now owned by {lead.OwnerId ?? "nobody"}";
        if (lead.FirstTouchAt is { } touched && (assignedAt is null || touched >= assignedAt))
            return $"the lead was touched at {InstantPattern.ExtendedIso.Format(touched)}";
        if (lead.Stage != SlaClock.NewStage) return $"the stage is {lead.Stage}, no longer {SlaClock.NewStage}";
        return null;
    }

    /// <summary>Releases the owner: the lead waits in the unassigned queue; the manager is emailed.</summary>
    private static void Escalate(Evaluation ev, string owner, Decision basis, string because, Candidate[] candidates)
    {
        var lead = ev.Lead;
        Ownership.Release(ev.State, lead);
        lead.Status = LeadStatus.Unassigned;
        lead.PoolId = null;
        lead.RoutedPoolId = null;
        var emailed = EmailManager(ev, owner, "SLA escalation",
            $"{owner} did not touch this lead in time and it could not be reassigned ({because}); it waits in the unassigned queue.");
        ev.Decisions.Add(basis with
        {
            Action = "sla_escalate", Outcome = Outcomes.Escalated, ChosenRepId = null, Candidates = candidates,
            Why = $"SLA breached by {owner}: {because}; escalated to the unassigned queue" + (emailed ? "" : " (manager not emailed: no address)"),
        });
    }

    /// <summary>Emails the breached owner's manager when the manager has an address; false otherwise.</summary>
    private static bool EmailManager(Evaluation ev, string owner, string subject, string text)
    {
        if (Recipients.ManagerOf(ev.Config, owner) is not { Email: { Length: > 0 } email }) return false;
        var lead = ev.Lead;
        var body = text + "\n\n" + LeadSummary.Text(lead, Recipients.Rep(ev.Config, lead.OwnerId), ev.Config.PublicUrl);
        ev.Effects.Messages.Add(OutgoingMessages.Email([email], $"{subject}: {LeadText.DisplayName(lead)}", body, lead.Id));
        return true;
    }
}
