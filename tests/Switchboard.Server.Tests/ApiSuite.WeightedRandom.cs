using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_weighted_random_pool_draws_owners_among_weighted_members_and_says_how()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var pool = await client.PutJson("/api/pools/inbound", """
            {"name":"Inbound","strategy":"weighted_random","members":[{"repId":"r1","weight":3},{"repId":"r2","weight":1},{"repId":"r3","weight":0}]}
            """);
        Assert.Equal(HttpStatusCode.OK, pool.StatusCode);
        for (var i = 0; i < 12; i++)
        {
            var lead = await (await client.PostJson("/api/leads", $$"""{"lastName":"Lead {{i}}"}""")).Json();
            var owner = lead.Str("ownerId");
            Assert.Contains(owner, new[] { "r1", "r2" });
            var decision = lead["decisions"]![0]!;
            Assert.Equal("weighted_random", decision.Str("strategy"));
            Assert.StartsWith("weighted random among r1(3), r2(1): drew ", decision.Str("why"));
            Assert.EndsWith($" → {owner}", decision.Str("why"));
        }
    }

    [StoreFact]
    public async Task an_unknown_pool_strategy_is_a_400_listing_every_strategy()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/pools", """{"id":"lottery","strategy":"lottery","members":[{"repId":"r1"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Json())["errors"]!["strategy"]!.ToJsonString();
        foreach (var strategy in new[] { "round_robin", "weighted_round_robin", "weighted_random", "least_loaded", "shark_tank" })
            Assert.Contains(strategy, error);
    }
}
