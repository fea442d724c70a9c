using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>A rep claims a shark-tank lead: the first claim wins atomically (the routing lock), later ones conflict.</summary>
public sealed class ClaimCommand(string leadId, string repId) : RoutingCommand
{
    public override string? LeadToRead => leadId;

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.GetLeadAsync(leadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var result = Router.Claim(batch.Config, batch.State, lead, repId, batch.Now);
        switch (result.Kind)
        {
            case ClaimOutcome.Claimed:
                batch.Update(lead, result.Evaluation.Decisions);
                batch.AddEffects(result.Evaluation.Effects);
                return new LeadOutcome(LeadOutcomeKind.Updated, lead, result.Evaluation.Decisions);
            case ClaimOutcome.NotClaimable:
                return LeadOutcome.Conflict(lead, result.OwnerId is { } winner
                    ? $"lead '{leadId}' was already claimed by {winner}"
                    : $"lead '{leadId}' is not claimable (status {lead.Status})");
            case ClaimOutcome.CapReached:
                return LeadOutcome.Conflict(lead, $"{repId} has reached the claim cap: {result.Reason}");
            default:
                return LeadOutcome.Forbidden($"{repId} may not claim this lead ({result.Reason})");
        }
    }
}
