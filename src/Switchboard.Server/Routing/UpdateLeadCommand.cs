using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>
/// PATCH of a lead: changes fields (custom ones merged under "fields"), the stage (fires stage.changed), or closes
/// it as disqualified, then rescores it and fires lead.updated with the names of the fields that really changed.
/// </summary>
public sealed class UpdateLeadCommand(string leadId, JsonObject fields, string? stage, string? status) : RoutingCommand
{
    public override string? LeadToRead => leadId;

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.GetLeadAsync(leadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var changed = Apply(lead.Data, fields);
        var decisions = new List<Decision>();
        if (stage is not null && stage != lead.Stage)
        {
            var previous = lead.Stage;
            lead.Stage = stage;
            changed.Add("stage");
            var moved = Router.StageChanged(batch.Config, batch.State, lead, previous, batch.Now);
            decisions.AddRange(moved.Decisions);
            batch.AddEffects(moved.Effects);
        }
        if (status == LeadStatus.Disqualified && lead.Status != LeadStatus.Disqualified)
        {
            Ownership.Close(batch.State, lead, LeadStatus.Disqualified);
            changed.Add("status");
        }
        if (changed.Count > 0 && lead.IsOpen)
        {
            // The score is recomputed with decay as of now when the model scores events.
            var events = batch.Config.Scoring is { ScoresEvents: true } ? await batch.Tx.GetEventsAsync(leadId, ct) : null;
            var evaluation = Router.Evaluate(batch.Config, batch.State, lead, new TriggerEvent(Triggers.LeadUpdated, changed), batch.Now, events);
            decisions.AddRange(evaluation.Decisions);
            batch.AddEffects(evaluation.Effects);
        }
        if (changed.Count > 0) batch.Update(lead, decisions);
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, decisions);
    }

    private static List<string> Apply(JsonObject data, JsonObject patch)
    {
        var changed = new List<string>();
        foreach (var (key, value) in patch)
        {
            if (key == "fields" && value is JsonObject custom)
            {
                if (data["fields"] is not JsonObject target) data["fields"] = target = new JsonObject();
                foreach (var (customKey, customValue) in custom)
                    if (Set(target, customKey, customValue)) changed.Add("fields." + customKey);
                continue;
            }
            if (Set(data, key, value)) changed.Add(key);
        }
        return changed;
    }

    private static bool Set(JsonObject target, string key, JsonNode? value)
    {
        var current = target[key];
        if (JsonNode.DeepEquals(current, value)) return false;
        if (value is null) target.Remove(key);
        else target[key] = value.DeepClone();
        return true;
    }
}
