using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// Gives queued leads a new chance after something may have made a member eligible (a rep came
/// online, a lead closed and freed a cap): the oldest queued leads of every queue-mode pool that
/// has the rep as a member (all queue pools when no rep is named) are routed again, oldest first.
/// </summary>
public sealed class DrainQueuesCommand(string? repId) : RoutingCommand
{
    public override void Declare(RoutingReads reads, CompiledConfig config)
    {
        foreach (var pool in QueuePools(config)) reads.Queue(pool.Id);
    }

    public override LeadOutcome Execute(RoutingGroup group)
    {
        var assigned = 0;
        foreach (var pool in QueuePools(group.Config))
        {
            foreach (var id in group.Queued(pool.Id))
            {
                if (group.Lead(id) is not { Status: LeadStatus.Queued } lead) continue;
                group.Apply(lead, Router.DrainQueue(group.Config, group.State, lead, group.Now));
                if (lead.Status == LeadStatus.Queued) break;
                assigned++;
            }
        }
        return new LeadOutcome(LeadOutcomeKind.Updated, null, [], $"{assigned} queued leads assigned");
    }

    private IEnumerable<Pool> QueuePools(CompiledConfig config) => config.Pools.Values.Where(p =>
        p.WhenNoneEligible == Pool.NoneEligible.Queue && (repId is null || p.Members.Any(m => m.RepId == repId)));
}
