using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>
/// A rep's action on one lead that the engine evaluates under the routing lock (touch, reject):
/// reads the lead, lets the engine change it, and records decisions and effects.
/// </summary>
public sealed class LeadActionCommand(string leadId, Func<RoutingBatch, Engine.Model.Lead, Evaluation> act) : RoutingCommand
{
    public override string? LeadToRead => leadId;

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.GetLeadAsync(leadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        Evaluation evaluation;
        try
        {
            evaluation = act(batch, lead);
        }
        catch (RefusedException refused)
        {
            // The engine refuses before changing anything: not the owner, or the lead is closed.
            return refused.ParamName == "repId" ? LeadOutcome.Forbidden(refused.Reason) : LeadOutcome.Conflict(lead, refused.Reason);
        }
        batch.Update(lead, evaluation.Decisions);
        batch.AddEffects(evaluation.Effects);
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, evaluation.Decisions);
    }
}
