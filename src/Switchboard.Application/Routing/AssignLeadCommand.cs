using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>A manager's manual assignment of a lead to a rep.</summary>
public sealed class AssignLeadCommand(string leadId, string repId, string? actor) : RoutingCommand
{
    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.Lead(leadId);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (group.Lead(leadId) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var assigned = Router.AssignManually(group.Config, group.State, lead, repId, actor, group.Now);
        return assigned.Value is { } evaluation ? group.Apply(lead, evaluation) : LeadOutcome.Refused(assigned.Refusal!, lead);
    }
}
