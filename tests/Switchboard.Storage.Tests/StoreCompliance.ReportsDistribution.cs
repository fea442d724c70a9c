using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The distribution rollup: written with the decisions by the routing transaction, read per pool, rep and reason.
// Pool "rr" (round_robin: equal shares) has members a, b, c; pool "wrr" (weighted_round_robin) has a with weight 3, b with 1.
public abstract partial class StoreCompliance
{
    private const string ReportsConfig = """
        {"pools":[{"id":"rr","strategy":"round_robin","members":[{"repId":"a"},{"repId":"b"},{"repId":"c"}]},
                  {"id":"wrr","strategy":"weighted_round_robin","members":[{"repId":"a","weight":3},{"repId":"b","weight":1}]}]}
        """;

    /// <summary>Monday 2026-11-02 09:00 UTC: every decision of the seed falls in that hour unless it says otherwise.</summary>
    private static readonly Instant ReportHour = Instant.FromUtc(2026, 11, 2, 9, 0);

    private static Candidate Eligible(string rep) => new(rep, true, null);
    private static Candidate Skipped(string rep, string reason) => new(rep, false, reason);

    private static Decision PoolDecision(string pool, string strategy, string? chosen, Instant at, params Candidate[] candidates) => new()
    {
        At = at, Trigger = "lead.created", WorkflowId = pool == "rr" ? "inbound" : "partners", Action = "assign", PoolId = pool,
        Strategy = strategy, ConfigVersion = 1, ChosenRepId = chosen, Outcome = chosen is null ? Outcomes.Queued : Outcomes.Assigned, Candidates = candidates,
    };

    private static Lead ReportLead(string id, string source, Instant created) => new()
    {
        Id = id, Status = LeadStatus.Assigned, CreatedAt = created, UpdatedAt = created, Data = new JsonObject { ["source"] = source },
    };

    /// <summary>Each lead with its decisions, all in one routing transaction (as intake writes them).</summary>
    private async Task RouteAsync(params (Lead Lead, Decision[] Decisions)[] routed)
    {
        await using var tx = await Store.BeginRoutingAsync();
        await tx.InsertLeadsAsync([.. routed.Select(r => new NewLead(r.Lead, null))]);
        await tx.AppendDecisionsAsync([.. routed.Select(r => new LeadDecisions(r.Lead.Id, r.Decisions))]);
        await tx.CommitAsync();
    }

    private async Task SeedDistributionAsync()
    {
        await Store.SaveConfigAsync(new(ReportsConfig, null, ReportHour));
        var t = ReportHour;
        await RouteAsync(
            (ReportLead("l1", "web", t), [PoolDecision("rr", "round_robin", "a", t.Plus(Duration.FromMinutes(1)), Eligible("a"), Eligible("b"), Skipped("c", "out_of_office"))]),
            (ReportLead("l2", "ads", t), [PoolDecision("rr", "round_robin", "b", t.Plus(Duration.FromMinutes(2)), Eligible("a"), Eligible("b"), Eligible("c"))]),
            (ReportLead("l3", "web", t), [PoolDecision("wrr", "weighted_round_robin", "a", t.Plus(Duration.FromMinutes(3)), Eligible("a"), Eligible("b"))]));
        await RouteAsync(
            (ReportLead("l4", "web", t), [PoolDecision("wrr", "weighted_round_robin", "a", t.Plus(Duration.FromMinutes(59)), Eligible("a"), Skipped("b", "cap_day"))]),
            (ReportLead("l5", "web", t), [PoolDecision("rr", "round_robin", null, t.Plus(Duration.FromMinutes(4)),
                Skipped("a", "status_away"), Skipped("b", "status_away"), Skipped("c", "out_of_office"))]),
            // The next hour and the hour before: outside a period of that one hour.
            (ReportLead("l6", "web", t), [PoolDecision("rr", "round_robin", "c", t.Plus(Duration.FromMinutes(60)), Eligible("c"))]),
            (ReportLead("l7", "web", t), [PoolDecision("rr", "round_robin", "c", t.Minus(Duration.FromTicks(1)), Eligible("c"))]));
    }

    private Task<IReadOnlyList<DistributionCount>> DistributionOfTheHourAsync(string? source = null, string? workflow = null, string? pool = null) =>
        Store.GetDistributionAsync(new ReportFilter(ReportHour, ReportHour.Plus(Duration.FromHours(1)), Pool: pool, Source: source, Workflow: workflow));

    private static DistributionCount Count(IReadOnlyList<DistributionCount> counts, string pool, string rep, string reason = "") =>
        Assert.Single(counts, c => c.PoolId == pool && c.RepId == rep && c.Reason == reason);

    [StoreFact]
    public async Task Distribution_expects_each_eligible_rep_its_equal_share_in_a_round_robin_pool()
    {
        await SeedDistributionAsync();
        var counts = await DistributionOfTheHourAsync();

        // l1: a and b eligible, 1/2 each; l2: a, b, c eligible, 1/3 each; l5 assigned nobody, so it expects nothing.
        Assert.Equal(1.0 / 2 + 1.0 / 3, Count(counts, "rr", "a").Expected, 9);
        Assert.Equal(1.0 / 2 + 1.0 / 3, Count(counts, "rr", "b").Expected, 9);
        Assert.Equal(1.0 / 3, Count(counts, "rr", "c").Expected, 9);
        Assert.Equal((1L, 1L, 0L), (Count(counts, "rr", "a").Assigned, Count(counts, "rr", "b").Assigned, Count(counts, "rr", "c").Assigned));
    }

    [StoreFact]
    public async Task Distribution_expects_each_eligible_rep_its_weight_over_the_eligible_weights_in_a_weighted_pool()
    {
        await SeedDistributionAsync();
        var counts = await DistributionOfTheHourAsync();

        // l3: a 3/(3+1), b 1/(3+1); l4: b skipped, so a alone is eligible: 3/3.
        Assert.Equal(0.75 + 1.0, Count(counts, "wrr", "a").Expected, 9);
        Assert.Equal(0.25, Count(counts, "wrr", "b").Expected, 9);
        Assert.Equal((2L, 0L), (Count(counts, "wrr", "a").Assigned, Count(counts, "wrr", "b").Assigned));
    }

    [StoreFact]
    public async Task Distribution_counts_the_times_each_rep_was_eligible_and_skipped_by_reason()
    {
        await SeedDistributionAsync();
        var counts = await DistributionOfTheHourAsync();

        Assert.Equal(2, Count(counts, "rr", "a").Times);                        // l1, l2
        Assert.Equal(1, Count(counts, "rr", "c").Times);                        // l2
        Assert.Equal(2, Count(counts, "rr", "c", "out_of_office").Times);       // l1, l5
        Assert.Equal(1, Count(counts, "rr", "a", "status_away").Times);         // l5
        Assert.Equal(1, Count(counts, "wrr", "b", "cap_day").Times);            // l4
        Assert.Equal(9, counts.Count);                                          // rr: 3 eligible + 3 reasons; wrr: 2 + 1
    }

    [StoreFact]
    public async Task Distribution_sums_the_decisions_of_the_period_only()
    {
        await SeedDistributionAsync();
        var twoHours = await Store.GetDistributionAsync(new ReportFilter(ReportHour, ReportHour.Plus(Duration.FromHours(2)), Pool: "rr"));

        // l6 (10:00) joins; l7 (08:59:59.9999999) stays out.
        Assert.Equal(1.0 / 3 + 1.0, Count(twoHours, "rr", "c").Expected, 9);
        Assert.Equal(1, Count(twoHours, "rr", "c").Assigned);
    }

    [StoreFact]
    public async Task Distribution_filters_by_the_leads_source_and_the_deciding_workflow()
    {
        await SeedDistributionAsync();

        var ads = await DistributionOfTheHourAsync(source: "ads");
        Assert.Equal(["a", "b", "c"], ads.Select(c => c.RepId).Order());   // l2 only
        Assert.All(ads, c => Assert.Equal(1.0 / 3, c.Expected, 9));
        var partners = await DistributionOfTheHourAsync(workflow: "partners");
        Assert.All(partners, c => Assert.Equal("wrr", c.PoolId));
    }

    [StoreFact]
    public async Task Distribution_counts_a_decision_under_the_source_its_lead_has_when_the_decision_is_appended()
    {
        await Store.SaveConfigAsync(new(ReportsConfig, null, ReportHour));
        var t = ReportHour;
        await RouteAsync((ReportLead("m1", "web", t), []));
        // Written before this transaction: its source is read from the lead.
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([new LeadDecisions("m1", [PoolDecision("rr", "round_robin", "a", t.Plus(Duration.FromMinutes(1)), Eligible("a"), Eligible("b"))])]);
            await tx.CommitAsync();
        }
        // Rewritten in the transaction that appends the decision, with another source: the source it was written with.
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.UpdateLeadsAsync([ReportLead("m1", "ads", t)]);
            await tx.AppendDecisionsAsync([new LeadDecisions("m1", [PoolDecision("rr", "round_robin", "b", t.Plus(Duration.FromMinutes(2)), Eligible("a"), Eligible("b"))])]);
            await tx.CommitAsync();
        }

        Assert.Equal(1, Count(await DistributionOfTheHourAsync(source: "web"), "rr", "a").Assigned);
        Assert.Equal(1, Count(await DistributionOfTheHourAsync(source: "ads"), "rr", "b").Assigned);
    }
}
