using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Server.Routing;

/// <summary>
/// Gives queued leads a new chance after something may have made a member eligible (a rep came
/// online, a lead closed and freed a cap): the oldest queued leads of every queue-mode pool that
/// has the rep as a member (all queue pools when no rep is named) are routed again, oldest first.
/// </summary>
public sealed class DrainQueuesCommand(string? repId) : RoutingCommand
{
    private const int PerPool = 200;

    public override async Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct)
    {
        var pools = batch.Config.Pools.Values.Where(p => p.WhenNoneEligible == Pool.NoneEligible.Queue
            && (repId is null || p.Members.Any(m => m.RepId == repId)));
        var assigned = 0;
        foreach (var pool in pools)
        {
            foreach (var id in await batch.Tx.QueuedLeadIdsAsync(pool.Id, PerPool, ct))
            {
                if (await batch.GetLeadAsync(id, ct) is not { Status: LeadStatus.Queued } lead) continue;
                var evaluation = Router.DrainQueue(batch.Config, batch.State, lead, batch.Now);
                batch.Update(lead, evaluation.Decisions);
                batch.AddEffects(evaluation.Effects);
                if (lead.Status == LeadStatus.Queued) break;
                assigned++;
            }
        }
        return new LeadOutcome(LeadOutcomeKind.Updated, null, [], $"{assigned} queued leads assigned");
    }
}
