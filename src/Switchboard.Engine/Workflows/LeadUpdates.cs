using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>What a PATCH asks of a lead: data to set (see <see cref="LeadPatch"/>), a new stage, or status disqualified.</summary>
public sealed record LeadChange(JsonObject Data, string? Stage = null, string? Status = null);

/// <summary>What an update did: the names that changed (none: nothing to write), its decisions and effects.</summary>
public sealed record LeadUpdate(IReadOnlyList<string> Changed, IReadOnlyList<Decision> Decisions, Effects Effects);

/// <summary>
/// A PATCH of a lead: its data changes by <see cref="LeadPatch"/>; a new stage fires stage.changed; status
/// disqualified closes the lead; then an open lead that changed is rescored and lead.updated runs with the names of
/// the fields that really changed. A stage the configuration does not have is refused (invalid "stage").
/// </summary>
internal static class LeadUpdates
{
    public static Refusable<LeadUpdate> Apply(CompiledConfig config, RoutingState state, Lead lead, LeadChange change, IReadOnlyList<LeadEvent>? events, Instant now)
    {
        if (change.Stage is not null && !config.LeadStages.Contains(change.Stage))
            return new Refusal(RefusalKind.Invalid, "stage", $"must be one of {string.Join(", ", config.LeadStages)}");
        var changed = LeadPatch.Apply(lead.Data, change.Data);
        var decisions = new List<Decision>();
        var effects = new Effects();
        if (change.Stage is not null && change.Stage != lead.Stage)
        {
            var previous = lead.Stage;
            lead.Stage = change.Stage;
            changed.Add("stage");
            Collect(Router.StageChanged(config, state, lead, previous, now), decisions, effects);
        }
        if (change.Status == LeadStatus.Disqualified && lead.Status != LeadStatus.Disqualified)
        {
            Ownership.Close(state, lead, LeadStatus.Disqualified);
            changed.Add("status");
        }
        if (changed.Count > 0 && lead.IsOpen)
            Collect(Router.Evaluate(config, state, lead, new TriggerEvent(Triggers.LeadUpdated, changed), now, events), decisions, effects);
        return new LeadUpdate(changed, decisions, effects);
    }

    private static void Collect(Evaluation evaluation, List<Decision> decisions, Effects effects)
    {
        decisions.AddRange(evaluation.Decisions);
        evaluation.Effects.CopyTo(effects);
    }
}
