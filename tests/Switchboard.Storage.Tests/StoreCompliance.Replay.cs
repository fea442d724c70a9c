using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// What a replay reads (the period's count, its batches of leads with their intake decisions, the rep loads as of its start) and its job rows.
public abstract partial class StoreCompliance
{
    private static readonly Instant ReplayFrom = Instant.FromUtc(2026, 11, 1, 0, 0);

    private static Lead ReplayLead(string id, Instant created, string? owner = null, Instant? assigned = null, string? status = null, string? source = null) => new()
    {
        Id = id, OwnerId = owner, Status = status ?? (owner is null ? LeadStatus.Unassigned : LeadStatus.Assigned),
        CreatedAt = created, UpdatedAt = created, AssignedAt = assigned,
        Data = source is null ? new JsonObject { ["email"] = id + "@example.jp" } : new JsonObject { ["email"] = id + "@example.jp", ["source"] = source },
    };

    [StoreFact]
    public async Task Leads_created_in_a_period_are_counted_from_included_to_excluded_and_by_source()
    {
        var to = ReplayFrom + Duration.FromDays(30);
        await InsertAsync(
            ReplayLead("before", ReplayFrom - Duration.FromTicks(1), source: "web"),
            ReplayLead("first", ReplayFrom, source: "web"),
            ReplayLead("event", ReplayFrom + Duration.FromDays(3), source: "event"),
            ReplayLead("last", to - Duration.FromTicks(1)),
            ReplayLead("after", to, source: "web"));

        Assert.Equal(3, await Store.CountLeadsCreatedAsync(ReplayFrom, to, null));
        Assert.Equal(1, await Store.CountLeadsCreatedAsync(ReplayFrom, to, "web"));
        Assert.Equal(0, await Store.CountLeadsCreatedAsync(ReplayFrom, to, "fax"));
    }

    [StoreFact]
    public async Task A_replay_batch_lists_the_periods_leads_oldest_first_and_continues_after_its_last()
    {
        var to = ReplayFrom + Duration.FromDays(30);
        await InsertAsync(
            ReplayLead("before", ReplayFrom - Duration.FromTicks(1)),
            ReplayLead("second", ReplayFrom + Duration.FromHours(1), source: "web"),
            ReplayLead("first", ReplayFrom, source: "web"),
            ReplayLead("third", ReplayFrom + Duration.FromHours(1)),
            ReplayLead("fourth", to - Duration.FromTicks(1), source: "web"),
            ReplayLead("after", to));

        var page1 = await Store.ListReplayLeadsAsync(ReplayFrom, to, null, null, 2);
        var page2 = await Store.ListReplayLeadsAsync(ReplayFrom, to, null, page1.Next, 2);
        var web = await Store.ListReplayLeadsAsync(ReplayFrom, to, "web", null, 10);

        Assert.Equal(["first", "second"], page1.Leads.Select(l => l.Id));
        Assert.Equal(["third", "fourth"], page2.Leads.Select(l => l.Id));
        Assert.Null(page2.Next);
        Assert.Equal(["first", "second", "fourth"], web.Leads.Select(l => l.Id));
        Assert.Null(web.Next);
        Assert.Equal((ReplayFrom, "first@example.jp"), (page1.Leads[0].CreatedAt, page1.Leads[0].Data["email"]!.GetValue<string>()));
    }

    [StoreFact]
    public async Task A_replay_batch_gives_each_lead_what_its_leading_lead_created_decisions_did_and_nothing_later()
    {
        await InsertAsync(ReplayLead("a", ReplayFrom), ReplayLead("b", ReplayFrom + Duration.FromTicks(1)), ReplayLead("quiet", ReplayFrom + Duration.FromTicks(2)));
        static Decision Made(string trigger, string outcome, string? rep = null) => new()
        {
            Trigger = trigger, Action = "assign", Outcome = outcome, WorkflowId = "inbound", PoolId = "seoul", ChosenRepId = rep, Why = "because",
            Candidates = [new Candidate("kim", true, null), new Candidate("lee", false, "cap_day")],
        };
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([new LeadDecisions("a", [Made("lead.created", "queued"), Made("lead.created", "assigned", "kim")]),
                new LeadDecisions("b", [Made("lead.created", "unassigned")])]);
            await tx.AppendDecisionsAsync([new LeadDecisions("a", [Made("lead.updated", "assigned", "lee")]),
                new LeadDecisions("b", [Made("lead.updated", "set_stage"), Made("lead.created", "assigned", "lee")])]);
            await tx.CommitAsync();
        }

        var leads = (await Store.ListReplayLeadsAsync(ReplayFrom, ReplayFrom + Duration.FromDays(1), null, null, 10)).Leads;

        Assert.Equal([("queued", null), ("assigned", "kim")], leads[0].Intake.Select(d => (d.Outcome, d.ChosenRepId)));
        Assert.Equal([("unassigned", null)], leads[1].Intake.Select(d => (d.Outcome, d.ChosenRepId)));
        Assert.Empty(leads[2].Intake);
        Assert.Equal(("lead.created", "inbound", "seoul", "", 0), (leads[0].Intake[1].Trigger, leads[0].Intake[1].WorkflowId, leads[0].Intake[1].PoolId,
            leads[0].Intake[1].Why, leads[0].Intake[1].Candidates.Count));
    }

    [StoreFact]
    public async Task Assignment_history_counts_open_leads_assigned_before_an_instant_and_lists_recent_assignments()
    {
        var since = ReplayFrom - Duration.FromDays(8);
        await InsertAsync(
            ReplayLead("old-open", since - Duration.FromDays(30), "kim", since - Duration.FromDays(30)),
            ReplayLead("recent-open", ReplayFrom - Duration.FromHours(2), "kim", ReplayFrom - Duration.FromHours(1)),
            ReplayLead("recent-won", ReplayFrom - Duration.FromHours(2), "kim", ReplayFrom - Duration.FromHours(1), LeadStatus.Converted),
            ReplayLead("lee-open", ReplayFrom - Duration.FromDays(1), "lee", ReplayFrom - Duration.FromDays(1)),
            ReplayLead("in-period", ReplayFrom, "lee", ReplayFrom),
            ReplayLead("waiting", ReplayFrom - Duration.FromDays(1)));

        var history = await Store.GetAssignmentHistoryAsync(ReplayFrom, since);

        // open before from: kim old-open and recent-open (recent-won is closed), lee lee-open; in-period is assigned at from
        Assert.Equal([("kim", 2), ("lee", 1)], history.OpenByOwner.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value)));
        Assert.Equal(
            [("kim", (ReplayFrom - Duration.FromHours(1)).ToUnixTimeTicks()), ("kim", (ReplayFrom - Duration.FromHours(1)).ToUnixTimeTicks()),
             ("lee", (ReplayFrom - Duration.FromDays(1)).ToUnixTimeTicks())],
            history.Recent.OrderBy(r => r.OwnerId, StringComparer.Ordinal).ToList());
    }

    [StoreFact]
    public async Task A_simulation_job_moves_from_queued_to_running_to_done_and_another_store_reads_it()
    {
        var other = await OpenMigratedAsync();
        var now = ReplayFrom;
        await Store.InsertSimulationJobAsync(new SimulationJob { Id = "sim_1", Runner = "p1", LeaseUntil = (now + Duration.FromMinutes(2)).ToUnixTimeTicks(), CreatedAt = now.ToUnixTimeTicks() });

        Assert.True(await Store.StartSimulationJobAsync("sim_1", 1000, now, now + Duration.FromMinutes(2)));
        Assert.False(await Store.StartSimulationJobAsync("sim_1", 1000, now, now + Duration.FromMinutes(2)));
        Assert.False(await Store.ReportSimulationJobAsync("sim_1", "p1", 500, now + Duration.FromMinutes(5)));
        var running = await other.GetSimulationJobAsync("sim_1");
        await Store.FinishSimulationJobAsync("sim_1", new SimulationJobEnd(SimulationJobStatus.Done, 1000, now + Duration.FromMinutes(1), "{\"leads\":1000}", null));
        await Store.FinishSimulationJobAsync("sim_1", new SimulationJobEnd(SimulationJobStatus.Failed, 0, now, null, "late"));
        var done = await other.GetSimulationJobAsync("sim_1");

        Assert.Equal(("running", 500, 1000, (now + Duration.FromMinutes(5)).ToUnixTimeTicks()), (running!.Status, running.Done, running.Total, running.LeaseUntil));
        Assert.Equal(("done", 1000, "{\"leads\":1000}", (string?)null), (done!.Status, done.Done, done.Result, done.Error));
        Assert.Null(await other.GetSimulationJobAsync("sim_2"));
    }

    [StoreFact]
    public async Task Cancelling_a_queued_job_ends_it_and_a_running_one_gets_the_flag_its_runner_reads()
    {
        var lease = (ReplayFrom + Duration.FromMinutes(2)).ToUnixTimeTicks();
        await Store.InsertSimulationJobAsync(new SimulationJob { Id = "queued", Runner = "p1", LeaseUntil = lease });
        await Store.InsertSimulationJobAsync(new SimulationJob { Id = "running", Runner = "p1", LeaseUntil = lease });
        await Store.StartSimulationJobAsync("running", 10, ReplayFrom, ReplayFrom + Duration.FromMinutes(2));
        var other = await OpenMigratedAsync();

        Assert.True(await other.RequestSimulationJobCancelAsync("queued", ReplayFrom));
        Assert.True(await other.RequestSimulationJobCancelAsync("running", ReplayFrom));
        Assert.False(await other.RequestSimulationJobCancelAsync("unknown", ReplayFrom));

        Assert.Equal("cancelled", (await Store.GetSimulationJobAsync("queued"))!.Status);
        Assert.False(await Store.StartSimulationJobAsync("queued", 10, ReplayFrom, ReplayFrom));
        Assert.Equal(("running", 1), ((await Store.GetSimulationJobAsync("running"))!.Status, (await Store.GetSimulationJobAsync("running"))!.CancelRequested));
        Assert.True(await Store.ReportSimulationJobAsync("running", "p1", 3, ReplayFrom + Duration.FromMinutes(2)));
    }

    [StoreFact]
    public async Task Open_jobs_whose_lease_ran_out_are_failed_and_the_others_are_left()
    {
        long At(int minutes) => (ReplayFrom + Duration.FromMinutes(minutes)).ToUnixTimeTicks();
        await Store.InsertSimulationJobAsync(new SimulationJob { Id = "expired", Runner = "gone", LeaseUntil = At(-1) });
        await Store.InsertSimulationJobAsync(new SimulationJob { Id = "alive", Runner = "here", LeaseUntil = At(1) });
        await Store.InsertSimulationJobAsync(new SimulationJob { Id = "done", Runner = "gone", LeaseUntil = At(-1) });
        await Store.FinishSimulationJobAsync("done", new SimulationJobEnd(SimulationJobStatus.Done, 0, ReplayFrom, "{}", null));

        Assert.Equal(1, await Store.FailAbandonedSimulationJobsAsync(ReplayFrom));

        Assert.Equal(("failed", "done", "queued"),
            ((await Store.GetSimulationJobAsync("expired"))!.Status, (await Store.GetSimulationJobAsync("done"))!.Status, (await Store.GetSimulationJobAsync("alive"))!.Status));
        Assert.Contains("stopped", (await Store.GetSimulationJobAsync("expired"))!.Error);
    }
}
