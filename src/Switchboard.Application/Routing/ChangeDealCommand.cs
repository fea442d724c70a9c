using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// PATCH of a deal: a new stage (deal.stage.changed workflows run on its lead), amount or name. The deal, the
/// lead's decisions and their effects commit together.
/// </summary>
public sealed class ChangeDealCommand(string dealId, string? stage, decimal? amount, string? name, Caller caller) : RoutingCommand
{
    /// <summary>The deal as changed (set when the deal exists and the change was valid).</summary>
    public Deal? Deal { get; private set; }

    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.Deal(dealId);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (group.Deal(dealId) is not { } deal || !caller.MayActOn(deal.OwnerId)) return LeadOutcome.NotFound($"deal '{dealId}' not found");
        if (group.Lead(deal.LeadId) is not { } lead) return LeadOutcome.NotFound($"lead '{deal.LeadId}' of deal '{dealId}' not found");
        IReadOnlyList<Decision> decisions = [];
        if (stage is not null)
        {
            var moved = Router.MoveDeal(group.Config, group.State, lead, deal, stage, group.Now);
            if (moved.Value is not { } move) return LeadOutcome.Refused(moved.Refusal!, lead);
            deal = move.Deal;
            decisions = move.Evaluation.Decisions;
            group.AddEffects(move.Evaluation.Effects);
        }
        deal = deal with { Amount = amount ?? deal.Amount, Name = name ?? deal.Name, UpdatedAt = group.Now };
        group.UpdateDeal(deal);
        if (decisions.Count > 0) group.Update(lead, decisions);
        Deal = deal;
        return LeadOutcome.Updated(lead, decisions);
    }
}
