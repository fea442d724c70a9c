using Switchboard.Engine.Model;

namespace Switchboard.Engine.Actions;

/// <summary>add_to_campaign: adds the lead to a campaign of the configuration ("campaign": id).</summary>
internal sealed class AddToCampaignAction() : MembershipAction("add_to_campaign", "campaign", add: true)
{
    protected override string? Target(WorkflowAction action) => action.Campaign;
    protected override bool Exists(RoutingConfig config, string id) => config.Campaigns?.Any(c => c?.Id == id) == true;
}
