using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// The console's home figures over HTTP.
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task dashboard_is_for_managers_and_admins_only()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        Assert.Equal(HttpStatusCode.OK, (await app.Admin().GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor("manager")).GetAsync("/api/dashboard?timeZone=Asia/Seoul")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("rep", "r1")).GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("intake")).GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/dashboard")).StatusCode);
    }

    [StoreFact]
    public async Task dashboard_refuses_an_unknown_time_zone_naming_timeZone()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        foreach (var zone in new[] { "Asia/Soul", "KST", "+09:00", "", "asia/seoul" })
            await AssertInvalidQuery(app.Admin(), "/api/dashboard?timeZone=" + Uri.EscapeDataString(zone), "timeZone");
    }

    [StoreFact]
    public async Task dashboard_counts_todays_leads_and_assignments_in_the_viewers_zone()
    {
        var clock = SwitchboardApp.StoppedClock();   // Monday 10:00 in Seoul, 01:00 UTC
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin, clock: clock);
        await app.Admin().PostJson("/api/leads", """{"email":"one@example.jp"}""");
        await app.Admin().PostJson("/api/leads", """{"email":"two@example.jp"}""");
        clock.Advance(NodaTime.Duration.FromHours(14));   // Tuesday 00:00 in Seoul, still Monday in Berlin

        var seoul = await (await app.Admin().GetAsync("/api/dashboard?timeZone=Asia/Seoul")).Json();
        var berlin = await (await app.Admin().GetAsync("/api/dashboard?timeZone=Europe/Berlin")).Json();

        Assert.Equal(("2026-12-08", "2026-12-07", 0, 2), (seoul.Str("today"), seoul.Str("weekStart"), (int)seoul["createdToday"]!, (int)seoul["createdThisWeek"]!));
        Assert.Equal(("2026-12-07", 2), (berlin.Str("today"), (int)berlin["createdToday"]!));
        Assert.Equal("""[{"repId":"r1","count":1},{"repId":"r2","count":1}]""", berlin["assignedToday"]!.ToJsonString());
        Assert.Equal(0.0, (double)berlin["medianSecondsToAssignment"]!);
        Assert.Equal("Europe/Berlin", berlin.Str("timeZone"));
    }
}
