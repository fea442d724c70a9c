using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Server.Routing;

/// <summary>
/// Intake of one submission: a repeated Idempotency-Key replays the first result; under settings.dedupe "merge"
/// (the default) a submission matching an open lead by externalId, email or phone is merged into it (an
/// externalId match that adds nothing is a retry and replays); under "create" only a repeated externalId replays.
/// Anything else creates a lead and routes it (lead.created).
/// </summary>
public sealed class CreateLeadCommand(string leadId, JsonObject data, string? externalId, string? idempotencyKey) : RoutingCommand
{
    /// <summary>Set for a web form submission: that form's form.submitted workflows run together with lead.created.</summary>
    public string? FormId { get; init; }

    public override string? IdempotencyKeyToCheck => idempotencyKey;

    public override ContactMatch? DuplicateKeysToCheck(RoutingBatch batch) =>
        batch.Config.Source.Settings?.Dedupe == DedupePolicies.Create ? null : Keys;

    /// <summary>What this submission is de-duplicated on (normalising the phone costs a parse: once per command).</summary>
    private ContactMatch Keys => _keys ??= RoutingBatch.KeysOf(externalId, data);
    private ContactMatch? _keys;

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (idempotencyKey is not null && await ReplayAsync(batch, idempotencyKey, ct) is { } replay) return replay;
        if (batch.Config.Source.Settings?.Dedupe == DedupePolicies.Create)
        {
            if (externalId is not null && await batch.FindByExternalIdAsync(externalId, ct) is { } id && await batch.GetLeadAsync(id, ct) is { } first)
                return new LeadOutcome(LeadOutcomeKind.Replayed, first, []);
        }
        else if (await batch.FindDuplicateAsync(Keys, ct) is var (existing, matchedBy))
        {
            return matchedBy == "externalId" && EmptyFields.AddsNothing(existing.Data, data)
                ? new LeadOutcome(LeadOutcomeKind.Replayed, existing, [])
                : Merge(batch, existing, matchedBy);
        }

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

    private static async Task<LeadOutcome?> ReplayAsync(RoutingBatch batch, string key, CancellationToken ct)
    {
        if (await batch.FindByIdempotencyKeyAsync(key, ct) is { } created && await batch.GetLeadAsync(created, ct) is { } first)
            return new LeadOutcome(LeadOutcomeKind.Replayed, first, []);
        if (await batch.FindMergeByIdempotencyKeyAsync(key, ct) is { } merged && await batch.GetLeadAsync(merged, ct) is { } into)
            return new LeadOutcome(LeadOutcomeKind.Replayed, into, []) { DuplicateOf = into.Id };
        return null;
    }

    private LeadOutcome Merge(RoutingBatch batch, Lead existing, string matchedBy)
    {
        var submission = new Resubmission(data, externalId, matchedBy);
        var evaluation = Router.Merge(batch.Config, batch.State, existing, submission, batch.EmailDelivery, batch.Now);
        batch.Update(existing, evaluation.Decisions);
        batch.AddEffects(evaluation.Effects);
        if (idempotencyKey is not null) batch.RememberMerge(idempotencyKey, existing.Id);
        return new LeadOutcome(LeadOutcomeKind.Merged, existing, evaluation.Decisions) { DuplicateOf = existing.Id };
    }
}
