using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Timers;

/// <summary>
/// Runs one leased timer inside the routing transaction: the timer row is deleted in the same
/// transaction as the effect it causes, so it fires exactly once even when workers race or crash.
/// </summary>
public sealed class FireTimerCommand(DueTimer timer, string owner) : RoutingCommand
{
    public override string? LeadToRead => timer.LeadId;
    public override LeasedTimer? TimerToFire => new LeasedTimer(timer, owner);

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (!batch.Completed(timer.Id)) return LeadOutcome.NotFound($"timer {timer.Id} already fired");
        if (timer.LeadId is null || await batch.GetLeadAsync(timer.LeadId, ct) is not { } lead)
            return LeadOutcome.NotFound($"timer {timer.Id} has no lead");
        var evaluation = timer.Kind switch
        {
            TimerKinds.Action => Router.RunDelayedAction(batch.Config, batch.State, lead,
                timer.Payload["workflowId"]!.GetValue<string>(), timer.Payload["actionIndex"]!.GetValue<int>(),
                timer.Payload["trigger"]?.GetValue<string>() ?? Triggers.LeadCreated, batch.Now),
            TimerKinds.Sla => Router.SlaBreached(batch.Config, batch.State, lead, timer.Payload, batch.Now),
            TimerKinds.ClaimWindow => Router.ClaimWindowEnded(batch.Config, batch.State, lead, batch.Now),
            TimerKinds.QueueRecheck when lead.Status == LeadStatus.Queued => Router.DrainQueue(batch.Config, batch.State, lead, batch.Now),
            _ => null,
        };
        if (evaluation is null) return new LeadOutcome(LeadOutcomeKind.Updated, lead, []);
        batch.Update(lead, evaluation.Decisions);
        batch.AddEffects(evaluation.Effects);
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, evaluation.Decisions);
    }
}
