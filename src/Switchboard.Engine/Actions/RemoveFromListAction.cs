using Switchboard.Engine.Model;

namespace Switchboard.Engine.Actions;

/// <summary>remove_from_list: removes the lead from a list of the configuration ("list": id).</summary>
internal sealed class RemoveFromListAction() : MembershipAction("remove_from_list", "list", add: false)
{
    protected override string? Target(WorkflowAction action) => action.List;
    protected override bool Exists(RoutingConfig config, string id) => config.Lists?.Any(l => l?.Id == id) == true;
}
