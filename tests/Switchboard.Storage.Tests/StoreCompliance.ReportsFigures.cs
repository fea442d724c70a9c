using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The SLA rollup, and the leads and deals the speed-to-lead and funnel reports read, on data worked out by hand.
public abstract partial class StoreCompliance
{
    private static Decision SlaDecision(string outcome, string action, string? rep, Instant at, string pool = "rr") => new()
    {
        At = at, Trigger = "sla.breached", Action = action, PoolId = pool, Strategy = "round_robin", ConfigVersion = 1, ChosenRepId = rep, Outcome = outcome,
    };

    [StoreFact]
    public async Task Sla_rollup_counts_the_breach_and_what_followed_it_for_the_rep_who_breached()
    {
        await Store.SaveConfigAsync(new(ReportsConfig, null, ReportHour));
        var t = ReportHour;
        await RouteAsync((ReportLead("s1", "web", t), [PoolDecision("rr", "round_robin", "a", t, Eligible("a"), Eligible("b"))]),
            (ReportLead("s2", "web", t), [PoolDecision("rr", "round_robin", "b", t, Eligible("a"), Eligible("b"))]));
        // s1: a breaches, the lead goes to b (a excluded); then b breaches and it is escalated. Appended by later transactions.
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([new LeadDecisions("s1", [
                SlaDecision(Outcomes.SlaBreached, "sla", "a", t.Plus(Duration.FromMinutes(10))),
                PoolDecision("rr", "round_robin", "b", t.Plus(Duration.FromMinutes(10)), Skipped("a", "excluded"), Eligible("b")) with { Action = "sla_reassign" }])]);
            await tx.CommitAsync();
        }
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([new LeadDecisions("s1", [
                SlaDecision(Outcomes.SlaBreached, "sla", "b", t.Plus(Duration.FromMinutes(20))),
                SlaDecision(Outcomes.Escalated, "sla_escalate", null, t.Plus(Duration.FromMinutes(20)))])]);
            await tx.CommitAsync();
        }

        var counts = await Store.GetSlaCountsAsync(new ReportFilter(t, t.Plus(Duration.FromHours(1))));

        var a = Assert.Single(counts, c => c.RepId == "a");
        var b = Assert.Single(counts, c => c.RepId == "b");
        Assert.Equal((1L, 1L, 1L, 0L), (a.Assignments, a.Breaches, a.Reassignments, a.Escalations));
        Assert.Equal((2L, 1L, 0L, 1L), (b.Assignments, b.Breaches, b.Reassignments, b.Escalations));
        // The reassignment is a rotation step too: b was the only eligible candidate, a skipped as excluded.
        var distribution = await DistributionOfTheHourAsync();
        Assert.Equal(1, Count(distribution, "rr", "a", "excluded").Times);
        Assert.Equal(0.5 + 0.5 + 0.5 + 0.5 + 1.0, distribution.Where(c => c.Reason == "").Sum(c => c.Expected), 9);   // s1, s2, the reassignment
    }

    [StoreFact]
    public async Task Report_leads_are_those_created_in_the_period_with_the_filters_applied()
    {
        var t = ReportHour;
        Lead Owned(string id, string source, Instant created, string owner)
        {
            var lead = ReportLead(id, source, created);
            (lead.OwnerId, lead.AssignedAt, lead.RoutedPoolId) = (owner, created.Plus(Duration.FromSeconds(5)), "rr");
            return lead;
        }
        await RouteAsync((Owned("r1", "web", t, "a"), []), (Owned("r2", "ads", t.Plus(Duration.FromMinutes(5)), "b"), []),
            (Owned("r3", "web", t.Plus(Duration.FromHours(1)), "a"), []), (ReportLead("r4", "web", t.Minus(Duration.FromTicks(1))), []));

        var read = await ReportLeadsAsync(new ReportFilter(t, t.Plus(Duration.FromHours(1))));
        var web = await ReportLeadsAsync(new ReportFilter(t, t.Plus(Duration.FromHours(2)), Source: "web", Rep: "a", Pool: "rr"));

        Assert.Equal(["a", "b"], read.Select(l => l.OwnerId).Order());
        Assert.Equal(Duration.FromSeconds(5).BclCompatibleTicks, read[0].AssignedAt - read[0].CreatedAt);
        Assert.Equal([t.ToUnixTimeTicks(), t.Plus(Duration.FromHours(1)).ToUnixTimeTicks()], web.Select(l => l.CreatedAt).Order());
    }

    private async Task<List<ReportLead>> ReportLeadsAsync(ReportFilter filter)
    {
        var read = new List<ReportLead>();
        await Store.ReadReportLeadsAsync(filter, block =>
        {
            for (var i = 0; i < block.Count; i++) read.Add(block[i]);
        });
        return read;
    }

    [StoreFact]
    public async Task Lead_stage_counts_count_the_periods_leads_per_current_stage_with_the_filters_applied()
    {
        var t = ReportHour;
        Lead At(string id, string source, Instant created, string stage)
        {
            var lead = ReportLead(id, source, created);
            lead.Stage = stage;
            return lead;
        }
        await RouteAsync((At("g1", "web", t, "New"), []), (At("g2", "web", t.Plus(Duration.FromMinutes(59)), "Working"), []),
            (At("g3", "ads", t.Plus(Duration.FromMinutes(30)), "Working"), []), (At("g4", "web", t.Plus(Duration.FromHours(1)), "New"), []),
            (At("g5", "web", t.Minus(Duration.FromTicks(1)), "SQL"), []));

        var all = await Store.GetLeadStageCountsAsync(new ReportFilter(t, t.Plus(Duration.FromHours(1))));
        var web = await Store.GetLeadStageCountsAsync(new ReportFilter(t, t.Plus(Duration.FromHours(1)), Source: "web"));

        Assert.Equal(["New 1", "Working 2"], all.Select(c => $"{c.Stage} {c.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(["New 1", "Working 1"], web.Select(c => $"{c.Stage} {c.Count}").Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Deal_figures_sum_deals_by_stage_and_closed_deals_by_source_and_campaign()
    {
        var t = ReportHour;
        await RouteAsync((ReportLead("d1", "web", t), []), (ReportLead("d2", "ads", t), []), (ReportLead("d3", "web", t), []));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AddEffectsAsync(TestEffects.Of(TestEffects.Add("d1", "expo", "campaign"), TestEffects.Add("d1", "fair", "campaign"), TestEffects.Add("d2", "expo", "campaign")), t);
            await tx.InsertDealAsync(new Deal { Id = "won1", LeadId = "d1", Pipeline = "default", Stage = "won", Status = "won", Amount = 2500.5m, CreatedAt = t, UpdatedAt = t, ClosedAt = t });
            await tx.InsertDealAsync(new Deal { Id = "lost1", LeadId = "d2", Pipeline = "default", Stage = "lost", Status = "lost", Amount = 700m, CreatedAt = t, UpdatedAt = t, ClosedAt = t });
            await tx.InsertDealAsync(new Deal { Id = "open1", LeadId = "d3", Pipeline = "default", Stage = "Proposal", Status = "open", Amount = 300m, CreatedAt = t, UpdatedAt = t });
            await tx.InsertDealAsync(new Deal { Id = "old", LeadId = "d3", Pipeline = "default", Stage = "won", Status = "won", Amount = 9m, CreatedAt = t.Minus(Duration.FromDays(9)), UpdatedAt = t, ClosedAt = t.Minus(Duration.FromDays(8)) });
            await tx.CommitAsync();
        }
        var filter = new ReportFilter(t, t.Plus(Duration.FromHours(1)));

        var deals = await Store.GetDealCountsAsync(filter);
        var outcomes = await Store.GetDealOutcomesAsync(filter);

        Assert.Equal(["Proposal 1 300", "lost 1 700", "won 1 2500.5"], deals.Select(d => $"{d.Stage} {d.Count} {d.Amount}").Order(StringComparer.Ordinal));
        Assert.Equal(["campaign expo lost 1 700", "campaign expo won 1 2500.5", "campaign fair won 1 2500.5", "source ads lost 1 700", "source web won 1 2500.5"],
            outcomes.Select(o => $"{o.Dimension} {o.Name} {o.Status} {o.Count} {o.Amount}").Order(StringComparer.Ordinal));
        Assert.Equal(["won 1 2500.5"], (await Store.GetDealOutcomesAsync(filter with { Source = "web" })).Where(o => o.Dimension == "source").Select(o => $"{o.Status} {o.Count} {o.Amount}"));
    }
}
