using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>Converts a lead into a deal: the deal, the closed lead, its decisions and effects commit together.</summary>
public sealed class ConvertLeadCommand(string leadId, DealRequest request, Caller caller) : RoutingCommand
{
    /// <summary>The deal made (set when the command succeeded).</summary>
    public Deal? Deal { get; private set; }

    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.Lead(leadId);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (group.Lead(leadId) is not { } lead || !caller.MayActOn(lead.OwnerId)) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var converted = Router.Convert(group.Config, group.State, lead, request, group.Now);
        if (converted.Value is not { } conversion) return LeadOutcome.Refused(converted.Refusal!, lead);
        group.InsertDeal(conversion.Deal);
        Deal = conversion.Deal;
        return group.Apply(lead, conversion.Evaluation);
    }
}
