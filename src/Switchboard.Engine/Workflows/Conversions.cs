using System.Globalization;
using NodaTime;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>What convert asks for: the new deal's id, amount, and optionally its pipeline and name.</summary>
public sealed record DealRequest(string DealId, decimal Amount, string? Pipeline = null, string? Name = null);

/// <summary>A deal made or moved, and the evaluation on its lead (decisions and effects).</summary>
public sealed record Conversion(Evaluation Evaluation, Deal Deal);

/// <summary>
/// Converting a lead: a deal at the first stage of the pipeline, owned by the lead's owner; the lead is closed as
/// converted (freeing its owner's open count, stopping its SLA clock) and moves to stage Convert when the
/// configured lead stages have it, which fires stage.changed.
/// </summary>
internal static class Conversions
{
    public static Refusable<Conversion> Convert(CompiledConfig config, RoutingState state, Lead lead, DealRequest request, Instant now)
    {
        if (lead.Status is LeadStatus.Converted or LeadStatus.Disqualified)
            return new Refusal(RefusalKind.Conflict, "status", $"lead {lead.Id} is {lead.Status}; it cannot be converted");
        Pipeline? pipeline = request.Pipeline is null ? config.DefaultPipeline : config.Pipelines.GetValueOrDefault(request.Pipeline);
        if (pipeline is null)
            return new Refusal(RefusalKind.Invalid, "pipeline", $"unknown pipeline '{request.Pipeline}'; pipelines: {string.Join(", ", config.Pipelines.Keys)}");
        var deal = new Deal
        {
            Id = request.DealId, LeadId = lead.Id, OwnerId = lead.OwnerId, Pipeline = pipeline.Id,
            Name = string.IsNullOrWhiteSpace(request.Name) ? LeadText.DisplayName(lead) : request.Name,
            Stage = pipeline.Stages[0], Amount = request.Amount, Status = DealStatus.Open, CreatedAt = now, UpdatedAt = now,
        };

        Ownership.Close(state, lead, LeadStatus.Converted);
        lead.PoolId = null;
        var previousStage = lead.Stage;
        var moves = previousStage != LeadStageNames.Convert && config.LeadStages.Contains(LeadStageNames.Convert);
        if (moves) lead.Stage = LeadStageNames.Convert;

        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.Convert), now);
        SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(null, "convert", Outcomes.Converted,
            $"converted into deal {deal.Id} ({deal.Name}) in pipeline {pipeline.Id} at stage {deal.Stage}, amount "
            + deal.Amount.ToString(CultureInfo.InvariantCulture)) with { ChosenRepId = lead.OwnerId });
        if (moves) Engagement.StageMoved(ev.Then(Engagement.StageTrigger(previousStage, lead)), previousStage);
        return new Conversion(ev, deal);
    }
}
