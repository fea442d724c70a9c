using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Two server processes sharing one PostgreSQL database share the outbox and the timers: every message
/// is delivered once and every delayed action fires once, whichever process claimed it.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class SharedWorkTests(PostgresCluster cluster)
{
    private const int Leads = 150;

    [PostgresFact]
    public async Task two_processes_on_one_database_deliver_every_message_and_fire_every_timer_exactly_once()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var sink = HttpSink.Start();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        var actions = $$"""
            ,{"type":"notify","channel":"webhook","url":"{{sink.Url("/now")}}","secret":"k"}
            ,{"type":"webhook","url":"{{sink.Url("/later")}}","secret":"k","delay":"PT2S"}
            """;
        var config = await first.Client().PutAsync("/api/config", HttpJson.Body(FollowUpConfigs.Inbound(actions)));
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);

        var servers = new[] { first, second };
        var created = await Task.WhenAll(Enumerable.Range(0, Leads).Select(async i =>
        {
            using var client = servers[i % 2].Client();
            var answer = await client.PostJson("/api/leads", $$"""{"email":"shared{{i}}@example.de"}""");
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            return (await answer.Json()).Str("id");
        }));

        await sink.WaitForAsync(2 * Leads, TimeSpan.FromSeconds(90));
        await first.AllDeliveredAsync(); // from then on nothing is sent again
        Assert.Equal(2 * Leads, (await first.OutboxAsync()).Count);
        var received = sink.Delivered;

        Assert.Equal(2 * Leads, received.Count);
        Assert.Equal(received.Count, received.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count());
        foreach (var path in new[] { "/now", "/later" })
        {
            var leadIds = received.Where(r => r.Path == path).Select(r => JsonNode.Parse(r.Body)!["lead"]!["id"]!.GetValue<string>());
            Assert.Equal(created.Order(StringComparer.Ordinal), leadIds.Order(StringComparer.Ordinal));
        }
    }
}
