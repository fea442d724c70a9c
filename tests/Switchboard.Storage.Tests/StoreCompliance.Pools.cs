using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task A_leads_routed_pool_and_reassignment_count_round_trip_through_insert_and_update()
    {
        var lead = TestLeads.Simple("lead-1", owner: "rep-a", status: LeadStatus.Assigned);
        lead.RoutedPoolId = "pool-北海道";
        lead.Reassignments = 1;
        await InsertAsync(lead, TestLeads.Simple("lead-2"));
        Assert.Equal(("pool-北海道", 1), Routed(await Store.GetLeadAsync("lead-1")));
        Assert.Equal(((string?)null, 0), Routed(await Store.GetLeadAsync("lead-2")));

        await using (var tx = await Store.BeginRoutingAsync())
        {
            var loaded = (await tx.GetLeadAsync("lead-1"))!;
            Assert.Equal(("pool-北海道", 1), Routed(loaded));
            loaded.RoutedPoolId = null;
            loaded.Reassignments = 2;
            await tx.UpdateLeadsAsync([loaded]);
            await tx.CommitAsync();
        }

        Assert.Equal(((string?)null, 2), Routed(await Store.GetLeadAsync("lead-1")));
    }

    private static (string?, int) Routed(Lead? lead) => (lead!.RoutedPoolId, lead.Reassignments);

    [StoreFact]
    public async Task Listing_filters_by_the_pool_a_lead_waits_in()
    {
        await InsertAsync(
            TestLeads.Simple("q1", status: LeadStatus.Queued, poolId: "pool-a"),
            TestLeads.Simple("c1", status: LeadStatus.Claimable, poolId: "pool-a"),
            TestLeads.Simple("q2", status: LeadStatus.Queued, poolId: "pool-b"),
            TestLeads.Simple("u1"));

        Assert.Equal(["c1", "q1"], await ListIdsAsync(new LeadQuery { PoolId = "pool-a" }));
        Assert.Equal(["c1"], await ListIdsAsync(new LeadQuery { PoolId = "pool-a", Status = LeadStatus.Claimable }));
        Assert.Empty(await ListIdsAsync(new LeadQuery { PoolId = "pool-z" }));
    }

    [StoreFact]
    public async Task QueuedLeadIdsAsync_returns_only_queued_leads_of_that_pool_oldest_first()
    {
        await InsertAsync(
            TestLeads.Simple("q1", status: LeadStatus.Queued, poolId: "pool-a"),
            TestLeads.Simple("c1", status: LeadStatus.Claimable, poolId: "pool-a"),
            TestLeads.Simple("q2", status: LeadStatus.Queued, poolId: "pool-b"),
            TestLeads.Simple("q3", status: LeadStatus.Queued, poolId: "pool-a"),
            TestLeads.Simple("a1", owner: "rep-a", status: LeadStatus.Assigned));
        await InsertAsync(TestLeads.Simple("q4", status: LeadStatus.Queued, poolId: "pool-a"));

        await using var tx = await Store.BeginRoutingAsync();
        Assert.Equal(["q1", "q3", "q4"], await tx.QueuedLeadIdsAsync("pool-a", 10));
        Assert.Equal(["q1", "q3"], await tx.QueuedLeadIdsAsync("pool-a", 2));
        Assert.Empty(await tx.QueuedLeadIdsAsync("pool-z", 10));
    }
}
