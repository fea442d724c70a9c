using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// What a replay reads (the period's count, the decisions of a batch, the rep loads as of its start) and its job rows.
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
    public async Task Decisions_of_many_leads_come_back_per_lead_oldest_first()
    {
        await InsertAsync(ReplayLead("a", ReplayFrom), ReplayLead("b", ReplayFrom), ReplayLead("quiet", ReplayFrom));
        static Decision Made(string outcome) => new() { Trigger = "lead.created", Action = "assign", Outcome = outcome };
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([new LeadDecisions("a", [Made("queued"), Made("assigned")]), new LeadDecisions("b", [Made("unassigned")])]);
            await tx.AppendDecisionsAsync([new LeadDecisions("a", [Made("set_stage")])]);
            await tx.CommitAsync();
        }

        var found = await Store.GetDecisionsOfLeadsAsync(["a", "b", "quiet", "unknown"]);

        Assert.Equal(["a", "b"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["queued", "assigned", "set_stage"], found["a"].Select(d => d.Outcome));
        Assert.Equal(["unassigned"], found["b"].Select(d => d.Outcome));
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
