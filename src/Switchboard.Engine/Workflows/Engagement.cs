using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>Engagement with a lead: a rep's touch (stops the SLA clock), a stage change, an engagement event.</summary>
internal static class Engagement
{
    public static Evaluation Touch(CompiledConfig config, RoutingState state, Lead lead, string touchType, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.Touch), now);
        var first = lead.FirstTouchAt is null;
        lead.FirstTouchAt ??= now;
        SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(null, "touch", Outcomes.Touched, first
            ? $"first touch ({touchType}) by {lead.OwnerId ?? "nobody"}; the SLA clock stops"
            : $"touch ({touchType}) by {lead.OwnerId ?? "nobody"}; first touch was at {InstantPattern.ExtendedIso.Format(lead.FirstTouchAt.Value)}") with
        {
            ChosenRepId = lead.OwnerId,
        });
        return ev;
    }

    /// <summary>
    /// After the lead's stage changed from <paramref name="previousStage"/> to <see cref="Lead.Stage"/>: leaving New
    /// stops the SLA clock; the stage.changed workflows run.
    /// </summary>
    public static Evaluation StageChanged(CompiledConfig config, RoutingState state, Lead lead, string previousStage, Instant now)
    {
        var ev = new Evaluation(config, state, lead, StageTrigger(previousStage, lead), now);
        StageMoved(ev, previousStage);
        return ev;
    }

    public static TriggerEvent StageTrigger(string previousStage, Lead lead) =>
        new(Triggers.StageChanged) { From = previousStage, To = lead.Stage };

    /// <summary>The stage change in an evaluation whose trigger is <see cref="StageTrigger"/>.</summary>
    public static void StageMoved(Evaluation ev, string previousStage)
    {
        var lead = ev.Lead;
        var leftNew = previousStage == SlaClock.NewStage && lead.Stage != SlaClock.NewStage;
        if (leftNew) SlaClock.Stop(ev);
        ev.Facts.Refresh(lead, "stage");
        ev.Decisions.Add(ev.NewDecision(null, "stage", Outcomes.StageChanged,
            $"stage moved from {previousStage} to {lead.Stage}" + (leftNew ? "; the SLA clock stops" : "")));
        WorkflowRun.All(ev);
    }

    /// <summary>An engagement event: rescore with every event of the lead, event.received workflows, then score.crossed.</summary>
    public static Evaluation Received(
        CompiledConfig config, RoutingState state, Lead lead, LeadEvent received, IReadOnlyList<LeadEvent> events, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.EventReceived) { EventType = received.Type }, now);
        ev.Facts.SetEventFact("event.type", received.Type);
        foreach (var (key, value) in received.Properties) ev.Facts.SetEventFact("event.properties." + key, value);
        var scored = Rescoring.Rescore(ev, events, out var explanation);
        var at = InstantPattern.ExtendedIso.Format(received.At);
        ev.Decisions.Add(ev.NewDecision(null, "event", Outcomes.EventReceived,
            $"{received.Type} event ({received.Id}) at {at}" + (scored is { Changed: true } ? $"; {explanation}" : "")));
        WorkflowRun.All(ev);
        Rescoring.FireCrossed(ev, scored);
        return ev;
    }
}
