using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public Task A_second_routing_transaction_waits_until_the_first_commits() => AssertSecondTransactionWaitsAsync(Store);

    [StoreFact]
    public async Task A_routing_transaction_of_another_process_waits_until_the_first_commits() =>
        await AssertSecondTransactionWaitsAsync(await OpenMigratedAsync());

    private async Task AssertSecondTransactionWaitsAsync(ISwitchboardStore second)
    {
        await using var first = await Store.BeginRoutingAsync();
        var state = await first.LoadStateAsync();
        state.Pool("pool-a").CursorRepId = "rep-b";
        state.Pool("pool-a").Assignments = 1;
        state.DirtyPools.Add("pool-a");
        await first.SaveStateAsync(state);
        await first.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-1", owner: "rep-b", status: LeadStatus.Assigned), "idem-1")]);

        var acquired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = Task.Run(async () =>
        {
            await using var tx = await second.BeginRoutingAsync();
            acquired.SetResult();
            var seen = await tx.LoadStateAsync();
            var lead = await tx.FindLeadIdByIdempotencyKeyAsync("idem-1");
            await tx.CommitAsync();
            return (seen, lead);
        });

        await Task.Delay(200);
        Assert.False(acquired.Task.IsCompleted, "the second routing transaction got the lock while the first held it");
        await first.CommitAsync();
        await first.DisposeAsync();

        var (loaded, leadId) = await waiter.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(("rep-b", 1L), (loaded.Pools["pool-a"].CursorRepId, loaded.Pools["pool-a"].Assignments));
        Assert.Equal("lead-1", leadId);
    }
}
