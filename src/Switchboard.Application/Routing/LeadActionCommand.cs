using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// A rep's action on one lead that the engine evaluates under the routing lock (touch, reject): the engine changes
/// the lead, or refuses before changing anything (not the owner, a closed lead).
/// </summary>
public sealed class LeadActionCommand(string leadId, Caller caller, Func<RoutingGroup, Lead, Refusable<Evaluation>> act) : RoutingCommand
{
    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.Lead(leadId);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (group.Lead(leadId) is not { } lead || !caller.MayActOn(lead.OwnerId)) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var acted = act(group, lead);
        return acted.Value is { } evaluation ? group.Apply(lead, evaluation) : LeadOutcome.Refused(acted.Refusal!, lead);
    }
}
