using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The routing writer's batch writes: many leads and decisions per call, same results as one by one.
public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task Leads_inserted_as_a_batch_read_back_exactly_in_order_with_their_keys()
    {
        var leads = new List<NewLead> { new(TestLeads.Multilingual("lead-1"), "idem-1") };
        for (var i = 2; i <= 40; i++)
            leads.Add(new(TestLeads.Simple($"lead-{i}", owner: i % 3 == 0 ? null : "rep-a", email: $"user{i}@例え.jp", externalId: i % 2 == 0 ? $"crm-{i}" : null),
                i % 5 == 0 ? $"idem-{i}" : null));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync(leads);
            await tx.InsertLeadsAsync([]);
            Assert.Equal("lead-10", await tx.FindLeadIdByIdempotencyKeyAsync("idem-10"));
            await tx.CommitAsync();
        }

        foreach (var lead in leads) TestLeads.AssertSame(lead.Lead, await Store.GetLeadAsync(lead.Lead.Id));
        var page = await Store.ListLeadsAsync(new LeadQuery { Limit = 500 });
        Assert.Equal(leads.Select(l => l.Lead.Id).Reverse(), page.Items.Select(l => l.Id)); // newest first: seq follows list order
        await using var next = await Store.BeginRoutingAsync();
        Assert.Equal("lead-1", await next.FindLeadIdByIdempotencyKeyAsync("idem-1"));
        Assert.Equal("lead-4", await next.FindLeadIdByExternalIdAsync("crm-4"));
    }

    [StoreFact]
    public async Task Decisions_appended_as_a_batch_come_back_per_lead_in_order()
    {
        Decision Made(string outcome, int minute) => new()
        {
            At = TestLeads.T0.Plus(NodaTime.Duration.FromMinutes(minute)), Trigger = "lead.created", Outcome = outcome, Why = "北海道 → 佐藤",
            Candidates = [new Candidate("rep-a", true, null), new Candidate("rep-b", false, "cap_open")],
        };
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new(TestLeads.Simple("lead-1"), null), new(TestLeads.Simple("lead-2"), null)]);
            await tx.AppendDecisionsAsync([
                new LeadDecisions("lead-1", [Made("assigned", 1), Made("already_assigned", 2)]),
                new LeadDecisions("lead-2", []),
                new LeadDecisions("lead-2", [Made("unassigned", 3)]),
            ]);
            await tx.AppendDecisionsAsync([]);
            await tx.CommitAsync();
        }

        var first = await Store.GetDecisionsAsync("lead-1");
        Assert.Equal(["assigned", "already_assigned"], first.Select(d => d.Outcome));
        Assert.Equal(Made("assigned", 1).At, first[0].At);
        Assert.Equal([new Candidate("rep-a", true, null), new Candidate("rep-b", false, "cap_open")], first[0].Candidates);
        Assert.Equal(["unassigned"], (await Store.GetDecisionsAsync("lead-2")).Select(d => d.Outcome));
    }

    [StoreFact]
    public async Task A_batch_with_a_taken_key_fails_and_its_transaction_keeps_nothing()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new(TestLeads.Simple("lead-1"), "idem-1")]);
            await tx.CommitAsync();
        }
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await Assert.ThrowsAsync<DuplicateKeyException>(() =>
                tx.InsertLeadsAsync([new(TestLeads.Simple("lead-2"), "idem-2"), new(TestLeads.Simple("lead-3"), "idem-1")]));
            await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync());
        }
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await Assert.ThrowsAsync<DuplicateKeyException>(() => tx.InsertLeadsAsync([new(TestLeads.Simple("lead-1"), null)]));
        }

        Assert.Null(await Store.GetLeadAsync("lead-2"));
        Assert.Null(await Store.GetLeadAsync("lead-3"));
        Assert.Single((await Store.ListLeadsAsync(new LeadQuery())).Items);
    }
}
