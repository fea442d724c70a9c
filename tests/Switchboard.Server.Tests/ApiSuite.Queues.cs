using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>GET /api/queues/{status}: waiting leads with why and when they are next tried.</summary>
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task the_queued_queue_shows_a_waiting_lead_with_why_and_its_next_recheck()
    {
        var hours = ""","workingHours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]]}""";
        await using var app = await StartAsync(QueueForKim(hours), clock: SwitchboardApp.StoppedClock());
        await app.AdvanceAsync(Duration.FromHours(9)); // Monday 19:00 in Seoul
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"late@example.kr"}""")).Json();

        var page = await (await app.Admin().GetAsync("/api/queues/queued?pool=inbound")).Json();

        var entry = Assert.Single(page["items"]!.AsArray())!.AsObject();
        Assert.Equal(lead.Str("id"), entry["lead"]!.AsObject().Str("id"));
        Assert.Contains("waits in the pool", entry["lastDecision"]!.AsObject().Str("why"));
        Assert.Equal("2026-12-08T00:00:00Z", entry.Str("nextAt")); // Tuesday 09:00 in Seoul
    }

    [StoreFact]
    public async Task a_lead_no_workflow_takes_is_in_the_unassigned_queue_and_not_in_the_queued_one()
    {
        await using var app = await StartAsync("""{"settings":{"fallbackPool":null},"reps":[],"pools":[],"workflows":[]}""");
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"nobody@example.de"}""")).Json();

        var unassigned = await (await app.Admin().GetAsync("/api/queues/unassigned")).Json();
        var queued = await (await app.Admin().GetAsync("/api/queues/queued")).Json();

        Assert.Equal(lead.Str("id"), Assert.Single(unassigned["items"]!.AsArray())!["lead"]!.AsObject().Str("id"));
        Assert.Empty(queued["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_queue_that_is_not_a_waiting_status_is_a_400_naming_status()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        var answer = await app.Admin().GetAsync("/api/queues/assigned");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await answer.Json())["errors"]!.AsObject().ContainsKey("status"));
    }

    [StoreFact]
    public async Task a_rep_key_may_not_read_the_queues()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");

        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/api/queues/unassigned")).StatusCode);
    }
}
