using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private static LeadEvent Event(string id, string leadId = "lead-1", string type = EventTypes.PageVisit, int minutes = 0) => new()
    {
        Id = id, LeadId = leadId, Type = type, At = T0.Plus(Duration.FromMinutes(minutes)),
        Properties = new JsonObject { ["url"] = "https://example.jp/料金", ["tags"] = new JsonArray("a", 2) },
    };

    private static Deal NewDeal(string id, string leadId = "lead-1", string? owner = "rep-a", string pipeline = "default") => new()
    {
        Id = id, LeadId = leadId, OwnerId = owner, Pipeline = pipeline, Name = "ACME 株式会社", Stage = "First meeting",
        Amount = 1234567.89m, Status = DealStatus.Open, CreatedAt = T0, UpdatedAt = T0,
    };

    private async Task InTransactionAsync(Func<IRoutingTransaction, Task> write)
    {
        await using var tx = await Store.BeginRoutingAsync();
        await write(tx);
        await tx.CommitAsync();
    }

    [StoreFact]
    public async Task Events_round_trip_and_a_leads_history_includes_ones_written_in_the_same_transaction()
    {
        await InTransactionAsync(tx => tx.InsertEventsAsync([Event("ev-1", minutes: 5), Event("ev-other", leadId: "lead-2")], T0));
        await using var tx = await Store.BeginRoutingAsync();
        await tx.InsertEventsAsync([Event("ev-2", type: EventTypes.SeminarAttended, minutes: 1)], T0);
        var history = await tx.GetEventsAsync("lead-1");

        Assert.Equal(["ev-1", "ev-2"], history.Select(e => e.Id));
        var first = history[0];
        Assert.Equal(("lead-1", EventTypes.PageVisit, T0.Plus(Duration.FromMinutes(5))), (first.LeadId, first.Type, first.At));
        Assert.True(JsonNode.DeepEquals(Event("ev-1").Properties, first.Properties));
    }

    [StoreFact]
    public async Task Events_of_a_rolled_back_transaction_are_gone()
    {
        await using (var tx = await Store.BeginRoutingAsync())
            await tx.InsertEventsAsync([Event("ev-1")], T0);
        Assert.Empty((await Store.ListEventsAsync("lead-1", null, 10)).Items);
    }

    [StoreFact]
    public async Task Events_list_newest_first_in_pages()
    {
        await InTransactionAsync(tx => tx.InsertEventsAsync([.. Enumerable.Range(1, 5).Select(i => Event($"ev-{i}"))], T0));
        var first = await Store.ListEventsAsync("lead-1", null, 3);
        var second = await Store.ListEventsAsync("lead-1", first.NextCursor, 3);
        Assert.Equal(["ev-5", "ev-4", "ev-3"], first.Items.Select(e => e.Id));
        Assert.Equal(["ev-2", "ev-1"], second.Items.Select(e => e.Id));
        Assert.Null(second.NextCursor);
    }

    [StoreFact]
    public async Task An_event_id_cannot_be_stored_twice()
    {
        await InTransactionAsync(tx => tx.InsertEventsAsync([Event("ev-1")], T0));
        await using var tx = await Store.BeginRoutingAsync();
        await Assert.ThrowsAsync<DuplicateKeyException>(() => tx.InsertEventsAsync([Event("ev-1")], T0));
    }

    [StoreFact]
    public async Task A_deal_round_trips_and_reads_back_its_changes()
    {
        var deal = NewDeal("deal-1");
        await InTransactionAsync(tx => tx.InsertDealAsync(deal));
        Assert.Equal(deal, await Store.GetDealAsync("deal-1"));

        var lost = deal with { Stage = DealStatus.Lost, Status = DealStatus.Lost, Amount = 0.5m, UpdatedAt = T0.PlusTicks(3), ClosedAt = T0.PlusTicks(3) };
        await InTransactionAsync(async tx =>
        {
            Assert.Equal(deal, await tx.GetDealAsync("deal-1"));
            await tx.UpdateDealAsync(lost);
        });
        Assert.Equal(lost, await Store.GetDealAsync("deal-1"));
        Assert.Null(await Store.GetDealAsync("deal-2"));
    }

    [StoreFact]
    public async Task A_deal_id_cannot_be_inserted_twice()
    {
        await InTransactionAsync(tx => tx.InsertDealAsync(NewDeal("deal-1")));
        await using var tx = await Store.BeginRoutingAsync();
        await Assert.ThrowsAsync<DuplicateKeyException>(() => tx.InsertDealAsync(NewDeal("deal-1")));
    }

    [StoreFact]
    public async Task Updating_a_missing_deal_fails()
    {
        await using var tx = await Store.BeginRoutingAsync();
        await Assert.ThrowsAsync<KeyNotFoundException>(() => tx.UpdateDealAsync(NewDeal("deal-9")));
    }

    [StoreFact]
    public async Task Deals_list_newest_first_filtered_by_owner_lead_and_status()
    {
        await InTransactionAsync(async tx =>
        {
            await tx.InsertDealAsync(NewDeal("d1", owner: "rep-a"));
            await tx.InsertDealAsync(NewDeal("d2", leadId: "lead-2", owner: "rep-b") with { Status = DealStatus.Won, Stage = DealStatus.Won });
            await tx.InsertDealAsync(NewDeal("d3", leadId: "lead-3", owner: "rep-a", pipeline: "renewal"));
        });
        async Task<string[]> Ids(DealQuery query) => [.. (await Store.ListDealsAsync(query)).Items.Select(d => d.Id)];

        Assert.Equal(["d3", "d2", "d1"], await Ids(new DealQuery()));
        Assert.Equal(["d3", "d1"], await Ids(new DealQuery { Owner = "rep-a" }));
        Assert.Equal(["d2"], await Ids(new DealQuery { Status = DealStatus.Won }));
        Assert.Equal(["d3"], await Ids(new DealQuery { Pipeline = "renewal" }));
        Assert.Equal(["d1"], await Ids(new DealQuery { LeadId = "lead-1" }));
        var page = await Store.ListDealsAsync(new DealQuery { Limit = 2 });
        Assert.Equal(["d1"], (await Store.ListDealsAsync(new DealQuery { Limit = 2, Cursor = page.NextCursor })).Items.Select(d => d.Id));
    }

    [StoreFact]
    public async Task Listing_filters_leads_by_minimum_score_and_grade()
    {
        static Lead Scored(string id, int score, string? grade)
        {
            var lead = TestLeads.Simple(id);
            (lead.Score, lead.Grade) = (score, grade);
            return lead;
        }
        await InsertAsync(Scored("s1", 80, "hot"), Scored("s2", 40, "warm"), Scored("s3", 10, "cold"), Scored("s4", 70, "hot"), Scored("s5", 0, null));

        Assert.Equal(["s4", "s2", "s1"], await ListIdsAsync(new LeadQuery { MinScore = 40 }));
        Assert.Equal(["s4", "s1"], await ListIdsAsync(new LeadQuery { Grade = "hot" }));
        Assert.Equal(["s1"], await ListIdsAsync(new LeadQuery { Grade = "hot", MinScore = 75 }));
    }
}
