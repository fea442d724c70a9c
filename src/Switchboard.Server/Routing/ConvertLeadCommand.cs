using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>Converts a lead into a deal: the deal, the closed lead, its decisions and effects commit together.</summary>
public sealed class ConvertLeadCommand(string leadId, DealRequest request) : RoutingCommand
{
    /// <summary>The deal made (set when the command succeeded).</summary>
    public Deal? Deal { get; private set; }

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.GetLeadAsync(leadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        Conversion conversion;
        try
        {
            conversion = Router.Convert(batch.Config, batch.State, lead, request, batch.Now);
        }
        catch (RefusedException refused)
        {
            return refused.ParamName == "pipeline" ? LeadOutcome.Rejected("pipeline", refused.Reason) : LeadOutcome.Conflict(lead, refused.Reason);
        }
        await batch.Tx.InsertDealAsync(conversion.Deal, ct);
        batch.Update(lead, conversion.Evaluation.Decisions);
        batch.AddEffects(conversion.Evaluation.Effects);
        Deal = conversion.Deal;
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, conversion.Evaluation.Decisions);
    }
}
