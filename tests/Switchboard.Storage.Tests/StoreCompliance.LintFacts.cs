using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The facts the configuration lint reads about stored leads.
public abstract partial class StoreCompliance
{
    private static readonly Instant LintNow = Instant.FromUtc(2026, 12, 5, 12, 0);

    private static Lead LintLead(string id, JsonObject? fields = null, string? pool = null, Instant? assigned = null, Instant? touched = null) => new()
    {
        Id = id, Status = assigned is null ? LeadStatus.Unassigned : LeadStatus.Assigned, OwnerId = assigned is null ? null : "kim",
        RoutedPoolId = pool, CreatedAt = LintNow, UpdatedAt = LintNow, AssignedAt = assigned, FirstTouchAt = touched,
        Data = fields is null ? new JsonObject { ["email"] = id + "@example.jp" } : new JsonObject { ["email"] = id + "@example.jp", ["fields"] = fields },
    };

    [StoreFact]
    public async Task Custom_field_names_are_read_from_the_newest_leads_only()
    {
        await InsertAsync(
            LintLead("old", new JsonObject { ["予算"] = "100万円" }),
            LintLead("mid", new JsonObject { ["導入検討時期"] = "3カ月以内", ["담당자"] = "김민지" }),
            LintLead("plain"),
            LintLead("new", new JsonObject { ["導入検討時期"] = "半年以内" }));

        var names = await Store.GetCustomFieldNamesAsync(3);

        Assert.Equal(3, names.LeadsRead);
        Assert.Equal(["導入検討時期", "담당자"], names.Names.Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task No_stored_lead_gives_no_custom_field_names()
    {
        var names = await Store.GetCustomFieldNamesAsync(5000);
        Assert.Equal((0, 0), (names.LeadsRead, names.Names.Count));
    }

    [StoreFact]
    public async Task Pool_assignments_count_the_leads_each_pool_assigned_since_an_instant_and_those_touched()
    {
        var since = LintNow - Duration.FromDays(30);
        await InsertAsync(
            LintLead("a1", pool: "inbound", assigned: LintNow - Duration.FromDays(1), touched: LintNow),
            LintLead("a2", pool: "inbound", assigned: since),
            LintLead("a3", pool: "inbound", assigned: since - Duration.FromTicks(1), touched: LintNow),
            LintLead("b1", pool: "managers", assigned: LintNow - Duration.FromDays(29)),
            LintLead("direct", assigned: LintNow),
            LintLead("waiting"));

        var counts = await Store.CountPoolAssignmentsAsync(since);

        // inbound: a1 and a2 (a3 was assigned a tick too early); managers: b1; "direct" came from no pool's strategy.
        Assert.Equal([new PoolAssignments("inbound", 2, 1), new PoolAssignments("managers", 1, 0)], counts);
    }
}
