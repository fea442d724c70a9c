using NodaTime;
using Switchboard.Engine.Model;
using static Switchboard.Storage.Tests.TestEffects;
using static Switchboard.Storage.Tests.TestLeads;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task DecideAsync(string leadId, params string[] whys)
    {
        await using var tx = await Store.BeginRoutingAsync();
        await tx.AppendDecisionsAsync([new LeadDecisions(leadId, [.. whys.Select(why => new Decision { At = T0, Outcome = Outcomes.Queued, Why = why })])]);
        await tx.CommitAsync();
    }

    [StoreFact]
    public async Task A_queue_lists_only_leads_of_its_status_longest_waiting_first()
    {
        await InsertAsync(Simple("q-1", status: LeadStatus.Queued, poolId: "apac"), Simple("u-1"), Simple("q-2", status: LeadStatus.Queued, poolId: "apac"));

        var page = await Store.ListQueueAsync(new QueueQuery(LeadStatus.Queued));

        Assert.Equal(["q-1", "q-2"], page.Items.Select(i => i.Lead.Id));
        Assert.Equal("u-1", Assert.Single((await Store.ListQueueAsync(new QueueQuery(LeadStatus.Unassigned))).Items).Lead.Id);
    }

    [StoreFact]
    public async Task A_queued_lead_comes_with_its_last_decision_and_its_next_recheck()
    {
        await InsertAsync(Simple("q-1", status: LeadStatus.Queued, poolId: "apac"));
        await DecideAsync("q-1", "pool apac: nobody eligible", "pool apac: nobody eligible; rechecked at 09:00");
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0, leadId: "q-1"), Timer(TimerKinds.QueueRecheck, T0.Plus(Duration.FromHours(2)), leadId: "q-1")));

        var item = Assert.Single((await Store.ListQueueAsync(new QueueQuery(LeadStatus.Queued))).Items);

        Assert.Equal("pool apac: nobody eligible; rechecked at 09:00", item.LastDecision!.Why);
        Assert.Equal(T0.Plus(Duration.FromHours(2)), item.NextAt);
    }

    [StoreFact]
    public async Task A_claimable_leads_next_time_is_its_claim_window_end_and_an_unassigned_one_has_none()
    {
        await InsertAsync(Simple("c-1", status: LeadStatus.Claimable, poolId: "tank"), Simple("u-1"));
        await CommitEffectsAsync(Of(Timer(TimerKinds.ClaimWindow, T0.Plus(Duration.FromMinutes(10)), leadId: "c-1"), Timer(TimerKinds.Sla, T0, leadId: "u-1")));

        var claimable = Assert.Single((await Store.ListQueueAsync(new QueueQuery(LeadStatus.Claimable, PoolId: "tank"))).Items);
        var unassigned = Assert.Single((await Store.ListQueueAsync(new QueueQuery(LeadStatus.Unassigned))).Items);

        Assert.Equal(T0.Plus(Duration.FromMinutes(10)), claimable.NextAt);
        Assert.Null(unassigned.NextAt);
        Assert.Null(unassigned.LastDecision);
    }

    [StoreFact]
    public async Task A_queue_of_one_pool_leaves_out_the_other_pools_and_pages_by_cursor()
    {
        await InsertAsync(Simple("a-1", status: LeadStatus.Queued, poolId: "apac"), Simple("e-1", status: LeadStatus.Queued, poolId: "emea"),
            Simple("a-2", status: LeadStatus.Queued, poolId: "apac"), Simple("a-3", status: LeadStatus.Queued, poolId: "apac"));

        var first = await Store.ListQueueAsync(new QueueQuery(LeadStatus.Queued, "apac", Limit: 2));
        var second = await Store.ListQueueAsync(new QueueQuery(LeadStatus.Queued, "apac", first.NextCursor, 2));

        Assert.Equal(["a-1", "a-2"], first.Items.Select(i => i.Lead.Id));
        Assert.Equal(["a-3"], second.Items.Select(i => i.Lead.Id));
        Assert.Null(second.NextCursor);
    }

    [StoreFact]
    public async Task A_queue_of_a_status_that_does_not_wait_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListQueueAsync(new QueueQuery(LeadStatus.Assigned)));
    }

    [StoreFact]
    public async Task A_reps_work_is_its_own_assigned_leads_newest_first_with_the_running_sla_deadline()
    {
        await InsertAsync(Simple("mine-old", owner: "kim", status: LeadStatus.Assigned), Simple("theirs", owner: "lee", status: LeadStatus.Assigned),
            Simple("mine-closed", owner: "kim", status: LeadStatus.Converted), Simple("mine-new", owner: "kim", status: LeadStatus.Assigned));
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0.Plus(Duration.FromMinutes(15)), leadId: "mine-new")));

        var work = await Store.ListRepWorkAsync("kim");

        Assert.Equal(["mine-new", "mine-old"], work.Items.Select(i => i.Lead.Id));
        Assert.Equal(T0.Plus(Duration.FromMinutes(15)), work.Items[0].NextAt);
        Assert.Null(work.Items[1].NextAt); // touched, or no SLA: no deadline runs
    }

    [StoreFact]
    public async Task A_reps_work_pages_by_cursor_without_repeating_a_lead()
    {
        await InsertAsync(Simple("k-1", owner: "kim", status: LeadStatus.Assigned), Simple("k-2", owner: "kim", status: LeadStatus.Assigned),
            Simple("k-3", owner: "kim", status: LeadStatus.Assigned));

        var first = await Store.ListRepWorkAsync("kim", limit: 2);
        var second = await Store.ListRepWorkAsync("kim", first.NextCursor, 2);

        Assert.Equal(["k-3", "k-2", "k-1"], first.Items.Concat(second.Items).Select(i => i.Lead.Id));
    }

    [StoreFact]
    public async Task A_cursor_continues_only_the_queue_it_came_from()
    {
        await InsertAsync(Simple("a-1", status: LeadStatus.Queued, poolId: "apac"), Simple("a-2", status: LeadStatus.Queued, poolId: "apac"));
        var first = await Store.ListQueueAsync(new QueueQuery(LeadStatus.Queued, "apac", Limit: 1));

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListQueueAsync(new QueueQuery(LeadStatus.Queued, "emea", first.NextCursor)));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListRepWorkAsync("kim", first.NextCursor));
    }
}
