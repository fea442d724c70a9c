using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>GET /api/queues/{status}: the decision shown beside a waiting lead is the one that says why it waits.</summary>
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_rejected_lead_nobody_else_may_take_waits_with_the_pools_decision_not_the_handover_after_it()
    {
        await using var app = await StartAsync("""
            {"settings":{"fallbackPool":null},"reps":[{"id":"r1","name":"Rep r1","timeZone":"Asia/Tokyo"}],
             "pools":[{"id":"solo","name":"Solo","strategy":"round_robin","members":[{"repId":"r1"}],
                       "eligibility":{"requireAvailable":false,"respectCapacity":false,"matchSkills":[]},"whenNoneEligible":"unassigned"}],
             "workflows":[{"id":"all","name":"All","priority":1,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"solo"}]}]}
            """);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"rejected@example.jp"}""")).Json();
        var rejected = await (await app.Admin().PostJson($"/api/leads/{lead.Str("id")}/reject", """{"reason":"wrong_fit"}""")).Json();
        Assert.NotEqual("unassigned", rejected["decisions"]!.AsArray()[^1]!.AsObject().Str("outcome"));

        var unassigned = await (await app.Admin().GetAsync("/api/queues/unassigned")).Json();

        var entry = Assert.Single(unassigned["items"]!.AsArray())!.AsObject();
        Assert.Equal(("unassigned", "solo"), (entry["lastDecision"]!.AsObject().Str("outcome"), entry["lastDecision"]!.AsObject().Str("poolId")));
    }
}
