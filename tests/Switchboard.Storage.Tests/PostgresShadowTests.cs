using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

/// <summary>
/// On PostgreSQL the shadow worker's statements never wait for the routing lock: a whole step (read the run, lease it,
/// read the leads after its cursor and the live presence, write the outcomes) completes while a routing transaction
/// holds the lock with a lead inserted and not yet committed, which the step does not see.
/// </summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresShadowTests(PostgresCluster cluster)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 6, 9, 0);

    [PostgresFact]
    public async Task a_shadow_step_runs_while_a_routing_transaction_holds_the_lock()
    {
        await using var store = StoreFactory.Create(await cluster.CreateDatabaseAsync(), Path.GetTempPath());
        await store.MigrateAsync();
        await store.StartShadowRunAsync(new NewShadowRun("run", Now, null, null, 1, "{}", "{}"));
        await Insert(store, "committed");
        await using var routing = await store.BeginRoutingAsync();
        await routing.InsertLeadsAsync([new NewLead(Lead("in-flight"), null)]);

        var step = Task.Run(async () =>
        {
            var run = (await store.GetShadowRunAsync())!;
            await store.LeaseShadowRunAsync("worker", Now, Now + Duration.FromSeconds(30));
            var leads = await store.ListLeadsAfterAsync(run.CursorSeq, 200);
            await store.GetRepLoadsAsync();
            var outcomes = leads.Select(l => new ShadowOutcome(l.Lead.Id, l.Seq, l.Lead.CreatedAt,
                new ShadowSide(null, null, "unassigned"), new ShadowSide(null, null, "unassigned"), true)).ToList();
            Assert.True(await store.SaveShadowStepAsync(new ShadowStep("run", "worker", run.CursorSeq, leads[^1].Seq, "{}", Now, outcomes)));
            return leads.Select(l => l.Lead.Id).ToList();
        });

        Assert.Equal(["committed"], await step.WaitAsync(TimeSpan.FromSeconds(30)));
        await routing.CommitAsync();
        Assert.Equal(["in-flight"], (await store.ListLeadsAfterAsync((await store.GetShadowRunAsync())!.CursorSeq, 200)).Select(l => l.Lead.Id));
    }

    private static Lead Lead(string id) => new() { Id = id, CreatedAt = Now, UpdatedAt = Now, Data = new JsonObject { ["email"] = id + "@example.jp" } };

    private static async Task Insert(ISwitchboardStore store, string id)
    {
        await using var tx = await store.BeginRoutingAsync();
        await tx.InsertLeadsAsync([new NewLead(Lead(id), null)]);
        await tx.CommitAsync();
    }
}
