using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Shadow mode with two server processes on one PostgreSQL database: both run the shadow worker, one holds the run at a
/// time (the leads taken in by either are routed by the holder), and when it dies the other takes the run over once the lease lapses, carrying the draft's rotation on.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ShadowProcessTests(PostgresCluster cluster)
{
    private static readonly string Live = $$$"""
        {"reps":[{{{TestConfigs.Reps("r1", "r2", "r3")}}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin",
                   "members":[{"repId":"r1"},{"repId":"r2"},{"repId":"r3"}],"eligibility":{"requireAvailable":false}}],
         "workflows":[{"id":"rest","name":"Everyone","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"r1"}]}]}
        """;

    [PostgresFact]
    public async Task two_processes_route_every_new_lead_in_shadow_once_and_the_survivor_takes_the_run_over()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        using var admin = first.Client();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/config", HttpJson.Body(Live))).StatusCode);
        var draft = Live.Replace("{\"type\":\"assign\",\"rep\":\"r1\"}", "{\"type\":\"assign\",\"pool\":\"inbound\"}");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/config/shadow", HttpJson.Body($$"""{"config":{{draft}}}"""))).StatusCode);

        await PostLeadsAsync([first], 0, 20);
        await Eventually.HoldsAsync(async () => (await ReportAsync(first))["leads"]!.GetValue<int>() == 20); // first holds the run
        await using var second = await ServerProcess.StartAsync(database);
        await PostLeadsAsync([first, second], 20, 20);
        await Eventually.HoldsAsync(async () => (await ReportAsync(second))["leads"]!.GetValue<int>() == 40);
        await first.KillAsync();
        await PostLeadsAsync([second], 40, 20);
        await Eventually.HoldsAsync(async () => (await ReportAsync(second))["leads"]!.GetValue<int>() == 60); // after first's lease lapsed

        var report = await ReportAsync(second);
        // Live gave all 60 to r1; the draft went round r1, r2, r3 in one line across both processes: 20 each.
        Assert.Equal(["r1:60/20", "r2:0/20", "r3:0/20"],
            report["reps"]!.AsArray().Select(r => $"{r.Str("repId")}:{r!["live"]}/{r["shadow"]}"));
        Assert.Equal(20, report["agreed"]!.GetValue<int>());
    }

    private static async Task PostLeadsAsync(ServerProcess[] servers, int from, int count)
    {
        await Task.WhenAll(Enumerable.Range(from, count).Select(async i =>
        {
            using var client = servers[i % servers.Length].Client();
            var response = await client.PostAsync("/api/leads", HttpJson.Body($$"""{"email":"p{{i}}@example.jp"}"""));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }));
    }

    private static async Task<JsonObject> ReportAsync(ServerProcess server)
    {
        using var client = server.Client();
        return await (await client.GetAsync("/api/config/shadow/report")).Json();
    }
}
