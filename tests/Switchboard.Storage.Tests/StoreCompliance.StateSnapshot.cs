namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task The_routing_state_read_for_a_dry_run_is_the_committed_one_and_does_not_wait_for_routing()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            var state = await tx.LoadStateAsync();
            state.Pool("pool-北海道").CursorRepId = "rep-a";
            state.Load("rep-a").Open = 3;
            state.DirtyPools.Add("pool-北海道");
            state.DirtyReps.Add("rep-a");
            await tx.SaveStateAsync(state);
            await tx.CommitAsync();
        }
        await using var routing = await Store.BeginRoutingAsync(); // holds the routing lock while the snapshot is read
        var moving = await routing.LoadStateAsync();
        moving.Pool("pool-北海道").CursorRepId = "rep-b";
        moving.DirtyPools.Add("pool-北海道");
        await routing.SaveStateAsync(moving);

        var snapshot = await Store.GetRoutingStateAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("rep-a", snapshot.Pools["pool-北海道"].CursorRepId);
        Assert.Equal(3, snapshot.Loads["rep-a"].Open);
        Assert.Empty(snapshot.DirtyPools);
    }
}
