using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>Rep engagement that stops the SLA clock: a touch (call, email, meeting…) and the stage leaving New.</summary>
internal static class Engagement
{
    public static Evaluation Touch(CompiledConfig config, RoutingState state, Lead lead, string touchType, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.Touch), now);
        var first = lead.FirstTouchAt is null;
        lead.FirstTouchAt ??= now;
        SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(null, "touch", "touched", first
            ? $"first touch ({touchType}) by {lead.OwnerId ?? "nobody"}; the SLA clock stops"
            : $"touch ({touchType}) by {lead.OwnerId ?? "nobody"}; first touch was at {InstantPattern.ExtendedIso.Format(lead.FirstTouchAt.Value)}") with
        {
            ChosenRepId = lead.OwnerId,
        });
        return ev;
    }

    /// <summary>After the lead's stage changed from <paramref name="previousStage"/> to <see cref="Lead.Stage"/>: leaving New stops the SLA clock.</summary>
    public static Evaluation StageChanged(CompiledConfig config, RoutingState state, Lead lead, string previousStage, Instant now)
    {
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.StageChanged), now);
        var leftNew = previousStage == SlaClock.NewStage && lead.Stage != SlaClock.NewStage;
        if (leftNew) SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(null, "stage", "stage_changed",
            $"stage moved from {previousStage} to {lead.Stage}" + (leftNew ? "; the SLA clock stops" : "")));
        return ev;
    }
}
