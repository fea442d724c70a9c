using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Shark-tank claims race across two server processes sharing one PostgreSQL database: for every
/// lead exactly one claim wins and every other claim gets 409 "already claimed", without the winner.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ClaimRaceTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task simultaneous_claims_through_two_processes_have_exactly_one_winner_per_lead()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        var shark = ""","claimWindow":"PT1H","afterWindow":"round_robin" """;
        var config = await first.Client().PutAsync("/api/config", HttpJson.Body(FollowUpConfigs.Inbound(poolExtras: shark, strategy: "shark_tank")));
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);

        var reps = new[] { "kim", "sato", "mueller" };
        var keys = new Dictionary<string, string>();
        foreach (var rep in reps)
        {
            var key = await (await first.Client().PostAsJsonAsync("/api/keys", new { name = rep, role = "rep", repId = rep })).Content.ReadFromJsonAsync<JsonObject>();
            keys[rep] = key!["key"]!.GetValue<string>();
        }

        for (var round = 0; round < 20; round++)
        {
            var lead = await (await first.Client().PostJson("/api/leads", $$"""{"email":"race{{round}}@example.jp"}""")).Json();
            Assert.Equal("claimable", lead.Str("status"));
            var claims = reps.SelectMany(rep => new[] { first, second }.Select(server => (rep, server))).Select(async c =>
            {
                using var client = c.server.Client(keys[c.rep]);
                var response = await client.PostAsync($"/api/leads/{lead.Str("id")}/claim", null);
                return (c.rep, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            });
            var answers = await Task.WhenAll(claims);
            var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
            Assert.Single(winners);
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK && a.rep != winners[0].rep), a =>
            {
                Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
                Assert.Contains("already claimed", a.Body);
                Assert.DoesNotContain(winners[0].rep, a.Body);
            });
            var stored = await (await second.Client().GetAsync($"/api/leads/{lead.Str("id")}")).Json();
            Assert.Equal(winners[0].rep, stored.Str("ownerId"));
        }
    }
}
