using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>Replay jobs across two server processes on one PostgreSQL database: the job row answers from either.</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ReplayProcessTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task a_replay_accepted_by_one_process_is_followed_and_cancelled_through_the_other()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        await first.Client().PutJson("/api/config", TestConfigs.SevenRoundRobin);
        for (var i = 0; i < 3; i++) await first.Client().PostJson("/api/leads", $$"""{"email":"two{{i}}@example.jp"}""");

        var accepted = await first.Client().PostJson("/api/simulate", """{"replay":{"from":"2020-01-01T00:00:00Z","to":"2020-12-31T00:00:00Z"}}""");
        var recent = await first.Client().PostJson("/api/simulate",
            "{\"replay\":{\"from\":\"" + DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd") + "\",\"to\":\"" + DateTime.UtcNow.ToString("yyyy-MM-dd") + "\"}}");
        var url = recent.Headers.Location!.OriginalString;
        JsonObject job = [];
        await Eventually.HoldsAsync(async () => (job = await (await second.Client().GetAsync(url)).Json()).Str("status") == "done");
        var cancel = await second.Client().DeleteAsync(url);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(3, job["result"]!["leads"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("done", (await (await first.Client().GetAsync(url)).Json()).Str("status"));
        Assert.Equal(HttpStatusCode.NotFound, (await second.Client().GetAsync("/api/simulate/jobs/sim_none")).StatusCode);
    }
}
