using Switchboard.Engine.Model;
using Xunit;
using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task GetLeadsAsync_reads_every_stored_lead_named_once_and_leaves_out_unknown_ids()
    {
        await InsertAsync(TestLeads.Simple("lead-1"), TestLeads.Simple("lead-2"), TestLeads.Simple("lead-3"));

        await using var tx = await Store.BeginRoutingAsync();
        var leads = await tx.GetLeadsAsync(["lead-3", "lead-1", "missing", "lead-1"]);

        Assert.Equal(["lead-1", "lead-3"], leads.Select(l => l.Id).Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task CompleteTimersAsync_deletes_only_the_owners_timers_and_returns_their_ids()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0, note: "a"), Timer(TimerKinds.Sla, T0, note: "b"), Timer(TimerKinds.Sla, T0, note: "c")));
        var mine = await Store.ClaimDueTimersAsync("worker-a", T0, Lease, 2);
        var theirs = Assert.Single(await Store.ClaimDueTimersAsync("worker-b", T0, Lease, 10));

        IReadOnlySet<long> done;
        await using (var tx = await Store.BeginRoutingAsync())
        {
            done = await tx.CompleteTimersAsync([.. mine.Select(t => t.Id), theirs.Id], "worker-a");
            await tx.CommitAsync();
        }

        Assert.Equal(mine.Select(t => t.Id).Order(), done.Order());
        Assert.False(await CompleteTimerAsync(mine[0].Id, "worker-a"));
        Assert.True(await CompleteTimerAsync(theirs.Id, "worker-b"));
    }

    [StoreFact]
    public async Task UpdateLeadsAsync_writes_back_every_lead_of_the_list()
    {
        await InsertAsync(TestLeads.Simple("lead-1"), TestLeads.Simple("lead-2"));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            var leads = await tx.GetLeadsAsync(["lead-1", "lead-2"]);
            foreach (var lead in leads)
            {
                lead.OwnerId = "kim";
                lead.Status = LeadStatus.Assigned;
                lead.Data["region"] = "北海道 " + lead.Id;
            }
            await tx.UpdateLeadsAsync(leads);
            await tx.CommitAsync();
        }

        foreach (var id in new[] { "lead-1", "lead-2" })
        {
            var stored = await Store.GetLeadAsync(id);
            Assert.Equal("kim", stored!.OwnerId);
            Assert.Equal(LeadStatus.Assigned, stored.Status);
            Assert.Equal("北海道 " + id, stored.Data["region"]!.GetValue<string>());
        }
    }
}
