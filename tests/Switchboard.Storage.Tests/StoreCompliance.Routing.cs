using Switchboard.Engine.Model;
using Switchboard.Engine.Intake;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task A_routing_transaction_disposed_without_commit_leaves_nothing()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Multilingual("lead-1"), "idem-1")]);
            await tx.AppendDecisionsAsync([new LeadDecisions("lead-1", [new Decision { Outcome = "assigned" }])]);
            var state = await tx.LoadStateAsync();
            state.Pool("pool-a").Assignments = 1;
            state.Load("rep-a").Open = 1;
            state.DirtyPools.Add("pool-a");
            state.DirtyReps.Add("rep-a");
            await tx.SaveStateAsync(state);
        }

        Assert.Null(await Store.GetLeadAsync("lead-1"));
        Assert.Empty(await Store.GetDecisionsAsync("lead-1"));
        Assert.Empty(await Store.GetRepLoadsAsync());
        await using var check = await Store.BeginRoutingAsync();
        Assert.Null(await check.FindLeadIdByIdempotencyKeyAsync("idem-1"));
        var reloaded = await check.LoadStateAsync();
        Assert.Empty(reloaded.Pools);
        Assert.Empty(reloaded.Loads);
    }

    [StoreFact]
    public async Task State_saved_with_dirty_pools_and_reps_is_loaded_back()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            var state = await tx.LoadStateAsync();
            var pool = state.Pool("pool-北海道");
            pool.CursorRepId = "rep-b";
            pool.CursorPosition = 1;
            pool.CurrentWeights = new Dictionary<string, long> { ["rep-a"] = -5, ["rep-b"] = 3, ["rep-김"] = long.MaxValue };
            pool.Assignments = 42;
            var load = state.Load("rep-a");
            load.Open = 4;
            load.DayKey = "2025-03-14";
            load.DayCount = 2;
            load.WeekKey = "2025-W11";
            load.WeekCount = 9;
            load.LastAssignedAt = TestLeads.T0;
            load.Status = "away";
            state.Load("rep-fresh");
            state.DirtyPools.Add("pool-北海道");
            state.DirtyReps.UnionWith(["rep-a", "rep-fresh"]);
            await tx.SaveStateAsync(state);
            await tx.CommitAsync();
        }

        await using var next = await Store.BeginRoutingAsync();
        var loaded = await next.LoadStateAsync();

        Assert.Empty(loaded.DirtyPools);
        Assert.Empty(loaded.DirtyReps);
        var p = Assert.Single(loaded.Pools).Value;
        Assert.Equal(("pool-北海道", "rep-b", 1, 42L), (p.PoolId, p.CursorRepId, p.CursorPosition, p.Assignments));
        Assert.Equal(new Dictionary<string, long> { ["rep-a"] = -5, ["rep-b"] = 3, ["rep-김"] = long.MaxValue }, p.CurrentWeights);
        var r = loaded.Loads["rep-a"];
        Assert.Equal((4, "2025-03-14", 2, "2025-W11", 9, (NodaTime.Instant?)TestLeads.T0, "away"),
            (r.Open, r.DayKey, r.DayCount, r.WeekKey, r.WeekCount, r.LastAssignedAt, r.Status));
        var fresh = loaded.Loads["rep-fresh"];
        Assert.Equal((0, null, 0, null, 0, null, null), (fresh.Open, fresh.DayKey, fresh.DayCount, fresh.WeekKey, fresh.WeekCount, fresh.LastAssignedAt, fresh.Status));
        Assert.Equal(Flatten(loaded.Loads), Flatten(await Store.GetRepLoadsAsync()));
    }

    [StoreFact]
    public async Task Only_dirty_rows_are_written()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            var state = await tx.LoadStateAsync();
            state.Pool("pool-a").Assignments = 1;
            state.Pool("pool-b").Assignments = 1;
            state.Load("rep-a").Open = 1;
            state.Load("rep-b").Open = 1;
            state.Pool("pool-never").Assignments = 7; // not dirty: never written
            state.DirtyPools.UnionWith(["pool-a", "pool-b"]);
            state.DirtyReps.UnionWith(["rep-a", "rep-b"]);
            await tx.SaveStateAsync(state);
            await tx.CommitAsync();
        }
        await using (var tx = await Store.BeginRoutingAsync())
        {
            var state = await tx.LoadStateAsync();
            state.Pool("pool-a").Assignments = 2;
            state.Pool("pool-b").Assignments = 2;
            state.Load("rep-a").Open = 2;
            state.Load("rep-b").Open = 2;
            state.DirtyPools.Add("pool-a");
            state.DirtyReps.Add("rep-b");
            await tx.SaveStateAsync(state);
            await tx.CommitAsync();
        }

        await using var check = await Store.BeginRoutingAsync();
        var loaded = await check.LoadStateAsync();
        Assert.Equal(["pool-a", "pool-b"], loaded.Pools.Keys.Order());
        Assert.Equal((2L, 1L), (loaded.Pools["pool-a"].Assignments, loaded.Pools["pool-b"].Assignments));
        Assert.Equal((1, 2), (loaded.Loads["rep-a"].Open, loaded.Loads["rep-b"].Open));
    }

    [StoreFact]
    public async Task An_idempotency_key_finds_the_first_lead()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-1"), "idem-1")]);
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-2"), null)]);
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-3"), null)]); // several leads without a key are fine
            Assert.Equal("lead-1", await tx.FindLeadIdByIdempotencyKeyAsync("idem-1")); // visible inside the transaction
            await tx.CommitAsync();
        }

        await using var next = await Store.BeginRoutingAsync();
        Assert.Equal("lead-1", await next.FindLeadIdByIdempotencyKeyAsync("idem-1"));
        Assert.Null(await next.FindLeadIdByIdempotencyKeyAsync("IDEM-1"));
        Assert.Null(await next.FindLeadIdByIdempotencyKeyAsync("idem-2"));
    }

    [StoreFact]
    public async Task A_duplicate_idempotency_key_insert_fails_and_nothing_else_in_that_transaction_is_kept()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-1"), "idem-1")]);
            await tx.CommitAsync();
        }

        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-2"), "idem-2")]);
            var state = await tx.LoadStateAsync();
            state.Pool("pool-a").Assignments = 1;
            state.DirtyPools.Add("pool-a");
            await tx.SaveStateAsync(state);

            await Assert.ThrowsAsync<DuplicateKeyException>(() => tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-3"), "idem-1")]));
            await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync());
        }

        Assert.Null(await Store.GetLeadAsync("lead-2"));
        Assert.Null(await Store.GetLeadAsync("lead-3"));
        await using var check = await Store.BeginRoutingAsync();
        Assert.Equal("lead-1", await check.FindLeadIdByIdempotencyKeyAsync("idem-1"));
        Assert.Empty((await check.LoadStateAsync()).Pools);
    }

    [StoreFact]
    public async Task An_external_id_finds_the_newest_open_lead_with_it()
    {
        await InsertAsync(
            TestLeads.Simple("old-open", externalId: "crm-7"),
            TestLeads.Simple("newer-open", externalId: "crm-7", status: LeadStatus.Assigned),
            TestLeads.Simple("newest-closed", externalId: "crm-7", status: LeadStatus.Converted),
            TestLeads.Simple("other", externalId: "crm-8", status: LeadStatus.Disqualified));

        await using var tx = await Store.BeginRoutingAsync();
        Assert.Equal("newer-open", await tx.FindLeadIdByExternalIdAsync("crm-7"));
        Assert.Null(await tx.FindLeadIdByExternalIdAsync("crm-8"));
        Assert.Null(await tx.FindLeadIdByExternalIdAsync("crm-9"));
    }

    [StoreFact]
    public async Task An_email_finds_the_newest_open_lead_ignoring_case_and_spaces()
    {
        await InsertAsync(
            TestLeads.Simple("first", email: "Minji.Kim@Example.KR"),
            TestLeads.Simple("second", email: " minji.kim@example.kr  ", status: LeadStatus.Queued),
            TestLeads.Simple("recycled", email: "minji.kim@example.kr", status: LeadStatus.Recycled));

        await using var tx = await Store.BeginRoutingAsync();
        Assert.Equal("second", await tx.FindOpenDuplicateAsync(ByEmail("MINJI.KIM@example.kr ")));
        Assert.Null(await tx.FindOpenDuplicateAsync(ByEmail("someone@example.kr")));
        Assert.Null(await tx.FindOpenDuplicateAsync(ByEmail("   ")));
    }

    private static ContactMatch ByEmail(string email) => new(null, ContactKeys.Email(email), null);

    private static List<string> Flatten(IEnumerable<KeyValuePair<string, RepLoad>> loads) =>
        loads.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={(pair.Value.RepId, pair.Value.Open, pair.Value.DayKey, pair.Value.DayCount, pair.Value.WeekKey, pair.Value.WeekCount, pair.Value.LastAssignedAt, pair.Value.Status)}")
            .ToList();
}
