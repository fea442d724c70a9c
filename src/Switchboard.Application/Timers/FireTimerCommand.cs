using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Application.Timers;

/// <summary>
/// Runs one leased timer inside the routing transaction: the timer row is deleted in the same
/// transaction as the effect it causes, so it fires exactly once even when workers race or crash.
/// </summary>
public sealed class FireTimerCommand(DueTimer timer, string owner) : RoutingCommand
{
    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.Timer(new LeasedTimer(timer, owner));

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (!group.Completed(timer.Id)) return LeadOutcome.NotFound($"timer {timer.Id} already fired");
        if (timer.LeadId is null || group.Lead(timer.LeadId) is not { } lead) return LeadOutcome.NotFound($"timer {timer.Id} has no lead");
        var evaluation = timer.Kind switch
        {
            TimerKinds.Action => Router.RunDelayedAction(group.Config, group.State, lead,
                timer.Payload["workflowId"]!.GetValue<string>(), timer.Payload["actionIndex"]!.GetValue<int>(),
                timer.Payload["trigger"]?.GetValue<string>() ?? Triggers.LeadCreated, group.Now),
            TimerKinds.Sla => Router.SlaBreached(group.Config, group.State, lead, timer.Payload, group.Now),
            TimerKinds.ClaimWindow => Router.ClaimWindowEnded(group.Config, group.State, lead, group.Now),
            TimerKinds.QueueRecheck when lead.Status == LeadStatus.Queued => Router.DrainQueue(group.Config, group.State, lead, group.Now),
            _ => null,
        };
        return evaluation is null ? LeadOutcome.Updated(lead, []) : group.Apply(lead, evaluation);
    }
}
