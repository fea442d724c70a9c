using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Exact rotation under real concurrency: 32 parallel HTTP clients create 10,000 leads into a
/// 7-member round-robin pool; every rep gets 1,428 or 1,429 and no lead has two owners.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ConcurrencyTests(PostgresCluster cluster)
{
    private const int Leads = 10_000;
    private const int Clients = 32;

    [Fact]
    public async Task thirty_two_clients_on_sqlite_rotate_exactly()
    {
        await using var server = await ServerProcess.StartAsync();
        await RunAndCheck([server]);
    }

    [PostgresFact]
    public async Task two_server_processes_sharing_postgresql_rotate_exactly()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        await RunAndCheck([first, second]);
    }

    private static async Task RunAndCheck(ServerProcess[] servers)
    {
        var config = await servers[0].Client().PutAsync("/api/config", HttpJson.Body(TestConfigs.SevenRoundRobin));
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);

        var next = -1;
        var owners = new string?[Leads];
        var ids = new string?[Leads];
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            using var client = servers[c % servers.Length].Client();
            int i;
            while ((i = Interlocked.Increment(ref next)) < Leads)
            {
                var response = await client.PostJson("/api/leads", $$"""{"email":"lead{{i}}@example.jp","city":"東京"}""");
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var lead = await response.Json();
                owners[i] = lead.Str("ownerId");
                ids[i] = lead.Str("id");
            }
        }));

        Assert.Equal(Leads, ids.Distinct().Count());
        var counts = owners.GroupBy(o => o).ToDictionary(g => g.Key ?? "-", g => g.Count());
        Assert.Equal(7, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 1428, 1429));

        // What the database says agrees with what the clients were told: each lead has exactly that one owner.
        using var reader = servers[^1].Client();
        var stored = 0;
        for (var rep = 1; rep <= 7; rep++)
        {
            string? cursor = null;
            do
            {
                var page = await (await reader.GetAsync($"/api/leads?owner=r{rep}&limit=500{(cursor is null ? "" : "&cursor=" + cursor)}")).Json();
                foreach (var item in page["items"]!.AsArray())
                {
                    var index = int.Parse(item.Str("email")!["lead".Length..item.Str("email")!.IndexOf('@')]);
                    Assert.Equal(owners[index], item.Str("ownerId"));
                    stored++;
                }
                cursor = page.Str("nextCursor");
            }
            while (cursor is not null);
        }
        Assert.Equal(Leads, stored);
    }
}
