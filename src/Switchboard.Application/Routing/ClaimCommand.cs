using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// A rep claims a shark-tank lead: the first claim wins atomically (the routing lock), later ones conflict.
/// <paramref name="byRep"/>: the caller is the rep's own key, which learns nothing about a lead it neither owns nor
/// may claim (not found), and, when it lost the race on its pool's claim board, not who won.
/// </summary>
public sealed class ClaimCommand(string leadId, string repId, bool byRep) : RoutingCommand
{
    public override void Declare(RoutingReads reads, CompiledConfig config) => reads.Lead(leadId);

    public override LeadOutcome Execute(RoutingGroup group)
    {
        var notFound = LeadOutcome.NotFound($"lead '{leadId}' not found");
        if (group.Lead(leadId) is not { } lead) return notFound;
        var result = Router.Claim(group.Config, group.State, lead, repId, group.Now);
        switch (result.Kind)
        {
            case ClaimOutcome.Claimed:
                return group.Apply(lead, result.Evaluation);
            case ClaimOutcome.NotClaimable when byRep:
                if (lead.OwnerId == repId) return LeadOutcome.Conflict(lead, $"lead '{leadId}' is already yours");
                return OnClaimBoardOf(group.Config, lead)
                    ? LeadOutcome.Conflict(null, $"lead '{leadId}' was already claimed")
                    : notFound;
            case ClaimOutcome.NotClaimable:
                return LeadOutcome.Conflict(lead, result.OwnerId is { } winner
                    ? $"lead '{leadId}' was already claimed by {winner}"
                    : $"lead '{leadId}' is not claimable (status {lead.Status})");
            case ClaimOutcome.CapReached:
                return LeadOutcome.Conflict(lead, $"{repId} has reached the claim cap: {result.Reason}");
            default:
                return byRep ? notFound : LeadOutcome.Forbidden($"{repId} may not claim this lead ({result.Reason})");
        }
    }

    /// <summary>True when the rep is a member of the pool the lead was (or is) up for claim in.</summary>
    private bool OnClaimBoardOf(CompiledConfig config, Lead lead) =>
        (lead.RoutedPoolId ?? lead.PoolId) is { } poolId
        && config.Pools.TryGetValue(poolId, out var pool)
        && pool.Strategy == Pool.Strategies.SharkTank
        && pool.Members.Any(m => m.RepId == repId);
}
