using System.Text.Json.Nodes;
using NodaTime.Text;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// The first-touch SLA timer of a lead: started when a routing step gives an owner while the stage is New,
/// stopped by a touch, by the stage leaving New, or by any reassignment (before a new one starts).
/// </summary>
internal static class SlaClock
{
    public const string NewStage = "New";

    public static void Start(Evaluation ev, Sla sla, string? poolId, string? workflowId)
    {
        var lead = ev.Lead;
        if (lead.OwnerId is not { } ownerId || lead.Stage != NewStage) return;
        RemoveStarted(ev.Effects, lead.Id);
        var payload = new JsonObject
        {
            ["poolId"] = poolId,
            ["workflowId"] = workflowId,
            ["ownerId"] = ownerId,
            ["assignedAt"] = InstantPattern.ExtendedIso.Format(ev.Now),
            ["firstTouch"] = sla.FirstTouch,
            ["onBreach"] = sla.OnBreach,
            ["maxReassignments"] = sla.MaxReassignments,
        };
        ev.Effects.Timers.Add(new TimerRequest(TimerKinds.Sla, ev.Now + sla.FirstTouchDuration, lead.Id, payload));
    }

    /// <summary>
    /// Cancels the lead's SLA timer: any this evaluation started, and stored ones (a TimerCancel) unless the
    /// lead is being created (a new lead has none stored).
    /// </summary>
    public static void Stop(Evaluation ev)
    {
        var leadId = ev.Lead.Id;
        RemoveStarted(ev.Effects, leadId);
        if (ev.Trigger.IsOnExistingLead && !ev.Effects.CancelTimers.Any(c => c.Kind == TimerKinds.Sla && c.LeadId == leadId))
            ev.Effects.CancelTimers.Add(new TimerCancel(leadId, TimerKinds.Sla));
    }

    /// <summary>Drops the lead's SLA timers started earlier in this evaluation (no timer list is made when there is none).</summary>
    private static void RemoveStarted(Effects effects, string leadId)
    {
        if (!effects.HasTimers) return;
        var timers = effects.Timers;
        for (var i = timers.Count - 1; i >= 0; i--)
            if (timers[i].Kind == TimerKinds.Sla && timers[i].LeadId == leadId) timers.RemoveAt(i);
    }

    /// <summary>The SLA terms a timer was started with (its payload).</summary>
    public static Sla FromPayload(JsonObject payload) => new()
    {
        FirstTouch = Text(payload, "firstTouch") ?? "",
        OnBreach = Text(payload, "onBreach") ?? Sla.Breach.Reassign,
        MaxReassignments = payload["maxReassignments"] is JsonValue max && max.TryGetValue<int>(out var value) ? value : 0,
    };

    public static string? Text(JsonObject payload, string key) =>
        payload[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
