using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>PATCH of a lead: the engine applies the change (<see cref="Router.Update"/>); the lead is written when something changed.</summary>
public sealed class UpdateLeadCommand(string leadId, LeadChange change, Caller caller) : RoutingCommand
{
    /// <summary>The score is recomputed with decay as of now, from all the lead's events when the model scores events.</summary>
    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.LeadForScoring(leadId, config);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (group.Lead(leadId) is not { } lead || !caller.MayActOn(lead.OwnerId)) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var updated = Router.Update(group.Config, group.State, lead, change, group.ScoredEvents(leadId), group.Now);
        if (updated.Value is not { } update) return LeadOutcome.Refused(updated.Refusal!, lead);
        group.AddEffects(update.Effects);
        if (update.Changed.Count > 0) group.Update(lead, update.Decisions);
        return LeadOutcome.Updated(lead, update.Decisions);
    }
}
