using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>A manager's manual assignment of a lead to a rep.</summary>
public sealed class AssignLeadCommand(string leadId, string repId, string? actor) : RoutingCommand
{
    public override string? LeadToRead => leadId;

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.GetLeadAsync(leadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        if (!batch.Config.Reps.TryGetValue(repId, out var rep)) return LeadOutcome.Rejected("repId", $"unknown rep '{repId}'");
        if (!rep.Rep.Active) return LeadOutcome.Rejected("repId", $"rep '{repId}' is inactive");
        if (!lead.IsOpen) return LeadOutcome.Rejected("status", $"lead is {lead.Status}; only open leads can be assigned");
        var evaluation = Router.AssignManually(batch.Config, batch.State, lead, repId, actor, batch.Now);
        batch.Update(lead, evaluation.Decisions);
        batch.AddEffects(evaluation.Effects);
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, evaluation.Decisions);
    }
}
