using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>
/// PATCH of a deal: a new stage (deal.stage.changed workflows run on its lead), amount or name. The deal, the
/// lead's decisions and their effects commit together.
/// </summary>
public sealed class ChangeDealCommand(string dealId, string? stage, decimal? amount, string? name) : RoutingCommand
{
    /// <summary>The deal as changed (set when the deal exists and the change was valid).</summary>
    public Deal? Deal { get; private set; }

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.Tx.GetDealAsync(dealId, ct) is not { } deal) return LeadOutcome.NotFound($"deal '{dealId}' not found");
        if (await batch.GetLeadAsync(deal.LeadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{deal.LeadId}' of deal '{dealId}' not found");
        IReadOnlyList<Decision> decisions = [];
        if (stage is not null)
        {
            try
            {
                var moved = Router.MoveDeal(batch.Config, batch.State, lead, deal, stage, batch.Now);
                deal = moved.Deal;
                decisions = moved.Evaluation.Decisions;
                batch.AddEffects(moved.Evaluation.Effects);
            }
            catch (RefusedException refused)
            {
                return LeadOutcome.Rejected("stage", refused.Reason);
            }
        }
        deal = deal with { Amount = amount ?? deal.Amount, Name = name ?? deal.Name, UpdatedAt = batch.Now };
        await batch.Tx.UpdateDealAsync(deal, ct);
        if (decisions.Count > 0) batch.Update(lead, decisions);
        Deal = deal;
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, decisions);
    }
}
