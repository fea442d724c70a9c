using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// Engagement events of one lead, in order: stored, then each rescores the lead (from all its events when the
/// scoring model scores events) and fires event.received, then score.crossed when the score went up. Events,
/// score, decisions and effects commit together.
/// </summary>
public sealed class RecordEventsCommand(string leadId, IReadOnlyList<LeadEvent> events, Caller caller) : RoutingCommand
{
    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.LeadForScoring(leadId, config);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        if (group.Lead(leadId) is not { } lead || !caller.MayActOn(lead.OwnerId)) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var decisions = new List<Decision>();
        var received = new List<LeadEvent>();
        foreach (var next in events)
        {
            group.InsertEvent(next);
            received.Add(next);
            var history = group.ScoredEvents(leadId) ?? received;
            var evaluation = Router.RecordEvent(group.Config, group.State, lead, next, history, group.Now);
            decisions.AddRange(evaluation.Decisions);
            group.AddEffects(evaluation.Effects);
        }
        group.Update(lead, decisions);
        return LeadOutcome.Updated(lead, decisions);
    }
}
