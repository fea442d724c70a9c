using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>Creates a lead and routes it (lead.created); a repeated Idempotency-Key or externalId replays the first lead.</summary>
public sealed class CreateLeadCommand(string leadId, JsonObject data, string? externalId, string? idempotencyKey) : RoutingCommand
{
    /// <summary>Set for a web form submission: that form's form.submitted workflows run together with lead.created.</summary>
    public string? FormId { get; init; }

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        var existing = idempotencyKey is not null ? await batch.FindByIdempotencyKeyAsync(idempotencyKey, ct) : null;
        if (existing is null && externalId is not null) existing = await batch.FindByExternalIdAsync(externalId, ct);
        if (existing is not null && await batch.GetLeadAsync(existing, ct) is { } first)
            return new LeadOutcome(LeadOutcomeKind.Replayed, first, []);

        var lead = new Lead
        {
            Id = leadId,
            ExternalId = externalId,
            Data = (JsonObject)data.DeepClone(),
            CreatedAt = batch.Now,
            UpdatedAt = batch.Now,
        };
        var evaluation = Router.Evaluate(batch.Config, batch.State, lead, new TriggerEvent(Triggers.LeadCreated) { FormId = FormId }, batch.Now);
        batch.Insert(lead, idempotencyKey, evaluation.Decisions);
        batch.AddEffects(evaluation.Effects);
        return new LeadOutcome(LeadOutcomeKind.Created, lead, evaluation.Decisions);
    }
}
