using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>
/// Engagement events of one lead, in order: stored, then each rescores the lead (from all its events when the
/// scoring model scores events) and fires event.received, then score.crossed when the score went up. Events,
/// score, decisions and effects commit together.
/// </summary>
public sealed class RecordEventsCommand(string leadId, IReadOnlyList<LeadEvent> events) : RoutingCommand
{
    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        if (await batch.GetLeadAsync(leadId, ct) is not { } lead) return LeadOutcome.NotFound($"lead '{leadId}' not found");
        var history = batch.Config.Scoring is { ScoresEvents: true } ? [.. await batch.Tx.GetEventsAsync(leadId, ct)] : new List<LeadEvent>();
        await batch.Tx.InsertEventsAsync(events, batch.Now, ct);
        var decisions = new List<Decision>();
        foreach (var received in events)
        {
            history.Add(received);
            var evaluation = Router.RecordEvent(batch.Config, batch.State, lead, received, history, batch.Now);
            decisions.AddRange(evaluation.Decisions);
            batch.AddEffects(evaluation.Effects);
        }
        batch.Update(lead, decisions);
        return new LeadOutcome(LeadOutcomeKind.Updated, lead, decisions);
    }
}
