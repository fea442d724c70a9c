using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// Shadow mode's run, lease, lead reads, steps and figures.
public abstract partial class StoreCompliance
{
    private static readonly Instant ShadowNow = Instant.FromUtc(2026, 12, 6, 9, 0);

    private static Lead ShadowLead(string id, Instant created) => new()
    {
        Id = id, CreatedAt = created, UpdatedAt = created, Data = new JsonObject { ["email"] = id + "@example.jp" },
    };

    private static Decision ShadowDecision(Instant at, string outcome, string? rep = null) =>
        new() { At = at, Trigger = "lead.created", Action = "assign", Outcome = outcome, ChosenRepId = rep, Why = outcome };

    private Task<ShadowRun> StartShadowRunAsync(string id = "run-1", Instant? at = null) =>
        Store.StartShadowRunAsync(new NewShadowRun(id, at ?? ShadowNow, "why not", "admin", 3, "{\"reps\":[]}", "{}"));

    private static ShadowOutcome Outcome(string leadId, long seq, string? live, string? shadow) => new(
        leadId, seq, ShadowNow + Duration.FromMinutes(seq), new ShadowSide(live, null, live is null ? "unassigned" : "assigned"),
        new ShadowSide(shadow, shadow is null ? null : "inbound", shadow is null ? "unassigned" : "assigned", "rest"), live == shadow);

    private Task<bool> SaveStepAsync(string owner, long from, long to, params ShadowOutcome[] outcomes) =>
        Store.SaveShadowStepAsync(new ShadowStep("run-1", owner, from, to, $"{{\"to\":{to}}}", ShadowNow + Duration.FromMinutes(1), outcomes));

    [StoreFact]
    public async Task A_shadow_run_starts_after_the_newest_lead_and_a_new_run_replaces_it_with_its_outcomes()
    {
        await InsertAsync(ShadowLead("a", ShadowNow), ShadowLead("b", ShadowNow));
        var run = await StartShadowRunAsync();
        Assert.Equal((2L, 2L, 0L, true, 3, "why not"), (run.StartSeq, run.CursorSeq, run.Routed, run.Running, run.LiveVersion, run.Note));
        Assert.NotNull(await Store.LeaseShadowRunAsync("w", ShadowNow, ShadowNow + Duration.FromMinutes(1)));
        Assert.True(await SaveStepAsync("w", 2, 3, Outcome("c", 3, "kim", "kim")));

        var second = await StartShadowRunAsync("run-2", ShadowNow + Duration.FromHours(1));

        Assert.Equal(("run-2", 2L), ((await Store.GetShadowRunAsync())!.Id, second.StartSeq));
        Assert.Equal(0, (await Store.GetShadowFiguresAsync("run-1", 50)).Leads);
    }

    [StoreFact]
    public async Task Leads_after_a_seq_come_oldest_first_in_batches_with_the_decisions_of_their_creation_only()
    {
        var created = ShadowNow;
        await InsertAsync(ShadowLead("a", created), ShadowLead("b", created + Duration.FromSeconds(1)), ShadowLead("c", created + Duration.FromSeconds(2)));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([
                new LeadDecisions("b", [ShadowDecision(created + Duration.FromSeconds(1), "overflow"), ShadowDecision(created + Duration.FromSeconds(1), "assigned", "kim")]),
                new LeadDecisions("b", [ShadowDecision(created + Duration.FromHours(2), "sla_breached")]),
                new LeadDecisions("a", [ShadowDecision(created, "queued")]),
            ]);
            await tx.CommitAsync();
        }

        var first = await Store.ListLeadsAfterAsync(1, 1);
        var rest = await Store.ListLeadsAfterAsync(first[^1].Seq, 10);

        Assert.Equal([("b", 2L)], first.Select(l => (l.Lead.Id, l.Seq)));
        Assert.Equal(["overflow", "assigned"], first[0].Decisions.Select(d => d.Outcome));
        Assert.Equal([("c", 3L)], rest.Select(l => (l.Lead.Id, l.Seq)));
        Assert.Empty(rest[0].Decisions);
        Assert.Empty(await Store.ListLeadsAfterAsync(3, 10));
    }

    [StoreFact]
    public async Task Lead_seqs_after_a_seq_name_the_leads_read_after_it_in_the_same_order()
    {
        await InsertAsync(ShadowLead("a", ShadowNow), ShadowLead("b", ShadowNow), ShadowLead("c", ShadowNow), ShadowLead("d", ShadowNow));

        var seqs = await Store.ListLeadSeqsAfterAsync(1, 2);

        Assert.Equal((await Store.ListLeadsAfterAsync(1, 2)).Select(l => new StoredLeadSeq(l.Seq, l.Lead.Id)), seqs);
        Assert.Equal(["b", "c"], seqs.Select(s => s.Id));
        Assert.Empty(await Store.ListLeadSeqsAfterAsync(4, 10));
    }

    [StoreFact]
    public async Task The_run_is_leased_to_one_worker_at_a_time_also_from_another_process_until_the_lease_lapses()
    {
        await StartShadowRunAsync();
        var other = await OpenMigratedAsync();
        var until = ShadowNow + Duration.FromSeconds(30);

        Assert.Equal("w1", (await Store.LeaseShadowRunAsync("w1", ShadowNow, until))!.Owner);
        Assert.Null(await other.LeaseShadowRunAsync("w2", ShadowNow + Duration.FromSeconds(29), until + Duration.FromSeconds(29)));
        Assert.NotNull(await Store.LeaseShadowRunAsync("w1", ShadowNow + Duration.FromSeconds(10), until + Duration.FromSeconds(10))); // renewed
        Assert.Null(await other.LeaseShadowRunAsync("w2", until, until + Duration.FromSeconds(30)));
        Assert.Equal("w2", (await other.LeaseShadowRunAsync("w2", until + Duration.FromSeconds(10), until + Duration.FromSeconds(40)))!.Owner);
        Assert.Null(await Store.LeaseShadowRunAsync("w1", until + Duration.FromSeconds(11), until + Duration.FromSeconds(41)));
    }

    [StoreFact]
    public async Task A_step_is_written_once_only_by_the_lease_holder_and_only_from_where_it_began()
    {
        await InsertAsync(ShadowLead("a", ShadowNow));
        await StartShadowRunAsync();
        await Store.LeaseShadowRunAsync("w1", ShadowNow, ShadowNow + Duration.FromSeconds(30));

        Assert.False(await SaveStepAsync("w2", 1, 2, Outcome("b", 2, "kim", "lee")));
        Assert.True(await SaveStepAsync("w1", 1, 2, Outcome("b", 2, "kim", "lee")));
        Assert.False(await SaveStepAsync("w1", 1, 2, Outcome("b", 2, "kim", "lee")));

        var run = (await Store.GetShadowRunAsync())!;
        Assert.Equal((2L, 1L, "{\"to\":2}"), (run.CursorSeq, run.Routed, run.State));
        Assert.Equal(1, (await Store.GetShadowFiguresAsync("run-1", 50)).Leads);
    }

    [StoreFact]
    public async Task Shadow_figures_count_agreement_and_leads_per_rep_both_ways_and_sample_disagreements_newest_first()
    {
        await StartShadowRunAsync();
        await Store.LeaseShadowRunAsync("w", ShadowNow, ShadowNow + Duration.FromMinutes(1));
        Assert.True(await SaveStepAsync("w", 0, 6,
            Outcome("l1", 1, "kim", "kim"), Outcome("l2", 2, "kim", "lee"), Outcome("l3", 3, "lee", "lee"),
            Outcome("l4", 4, "kim", null), Outcome("l5", 5, null, null), Outcome("l6", 6, "kim", "park")));

        var figures = await Store.GetShadowFiguresAsync("run-1", 2);

        // Agreed: l1, l3, l5. Live: kim l1 l2 l4 l6, lee l3, nobody l5. Shadow: kim l1, lee l2 l3, park l6, nobody l4 l5.
        Assert.Equal((6L, 3L, 3L), (figures.Leads, figures.Agreed, figures.Disagreements));
        Assert.Equal([("kim", 4L), ("lee", 1L)], figures.Live.Where(c => c.RepId is not null).Select(c => (c.RepId!, c.Leads)));
        Assert.Equal(1L, figures.Live.Single(c => c.RepId is null).Leads);
        Assert.Equal([("kim", 1L), ("lee", 2L), ("park", 1L)], figures.Shadow.Where(c => c.RepId is not null).Select(c => (c.RepId!, c.Leads)));
        Assert.Equal(2L, figures.Shadow.Single(c => c.RepId is null).Leads);
        Assert.Equal(["l6", "l4"], figures.Sample.Select(s => s.LeadId));
        Assert.Equal(new ShadowSide("park", "inbound", "assigned", "rest"), figures.Sample[0].Shadow);
        Assert.Equal((new ShadowSide("kim", null, "assigned"), ShadowNow + Duration.FromMinutes(6)), (figures.Sample[0].Live, figures.Sample[0].CreatedAt));
    }

    [StoreFact]
    public async Task A_stopped_run_is_leased_to_nobody_and_keeps_its_figures()
    {
        await StartShadowRunAsync();
        await Store.LeaseShadowRunAsync("w", ShadowNow, ShadowNow + Duration.FromMinutes(1));
        Assert.True(await SaveStepAsync("w", 0, 1, Outcome("l1", 1, "kim", "kim")));

        Assert.True(await Store.StopShadowRunAsync(ShadowNow + Duration.FromHours(1)));

        Assert.False(await Store.StopShadowRunAsync(ShadowNow + Duration.FromHours(2)));
        Assert.Null(await Store.LeaseShadowRunAsync("w", ShadowNow, ShadowNow + Duration.FromMinutes(1)));
        Assert.False(await SaveStepAsync("w", 1, 2, Outcome("l2", 2, "kim", "kim")));
        Assert.Equal(ShadowNow + Duration.FromHours(1), (await Store.GetShadowRunAsync())!.StoppedAt);
        Assert.Equal((1L, 1L), ((await Store.GetShadowFiguresAsync("run-1", 50)).Leads, (await Store.GetShadowFiguresAsync("run-1", 50)).Agreed));
    }

    [StoreFact]
    public async Task No_shadow_run_is_null_and_has_nothing_to_lease_or_stop()
    {
        Assert.Null(await Store.GetShadowRunAsync());
        Assert.Null(await Store.LeaseShadowRunAsync("w", ShadowNow, ShadowNow + Duration.FromMinutes(1)));
        Assert.False(await Store.StopShadowRunAsync(ShadowNow));
        Assert.Equal((0L, 0L), ((await Store.GetShadowFiguresAsync("none", 50)).Leads, (await Store.GetShadowFiguresAsync("none", 50)).Agreed));
    }
}
