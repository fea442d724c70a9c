using Switchboard.Engine.Model;

namespace Switchboard.Engine.Actions;

/// <summary>add_to_list: adds the lead to a list of the configuration ("list": id).</summary>
internal sealed class AddToListAction() : MembershipAction("add_to_list", "list", add: true)
{
    protected override string? Target(WorkflowAction action) => action.List;
    protected override bool Exists(RoutingConfig config, string id) => config.Lists?.Any(l => l?.Id == id) == true;
}
