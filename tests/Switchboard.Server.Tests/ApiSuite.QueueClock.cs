using NodaTime;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// A queued lead is looked at again when its pool's member becomes eligible in time (out-of-office ending,
/// working hours starting), on a fake clock that starts on Monday 2026-12-07 at 10:00 in Seoul.
/// </summary>
public abstract partial class ApiSuite
{
    private static string QueueForKim(string kimExtras) => $$"""
        {"settings":{"fallbackPool":null},
         "reps":[{"id":"kim","name":"김민지","email":"kim@example.kr","timeZone":"Asia/Seoul"{{kimExtras}}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{"repId":"kim"}],
                   "eligibility":{"requireAvailable":true,"respectCapacity":false,"matchSkills":[]},"whenNoneEligible":"queue"}],
         "workflows":[{"id":"inbound","name":"Inbound","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
        """;

    [StoreFact]
    public async Task a_queued_lead_is_assigned_when_the_reps_out_of_office_ends()
    {
        var away = ""","outOfOffice":[{"from":"2026-12-01T00:00:00+09:00","to":"2026-12-08T00:00:00+09:00"}]""";
        await using var app = await StartAsync(QueueForKim(away), clock: SwitchboardApp.StoppedClock());
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"ooo@example.kr"}""")).Json();
        Assert.Equal("queued", lead.Str("status"));
        await app.AdvanceAsync(Duration.FromHours(13) + Duration.FromMinutes(59));
        Assert.Equal("queued", (await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json()).Str("status"));
        await app.AdvanceAsync(Duration.FromMinutes(1));
        var after = await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json();
        Assert.Equal(("assigned", "kim"), (after.Str("status"), after.Str("ownerId")));
    }

    [StoreFact]
    public async Task a_lead_queued_after_hours_is_assigned_when_the_working_day_starts()
    {
        var hours = ""","workingHours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]]}""";
        await using var app = await StartAsync(QueueForKim(hours), clock: SwitchboardApp.StoppedClock());
        await app.AdvanceAsync(Duration.FromHours(9)); // Monday 19:00 in Seoul
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"late@example.kr"}""")).Json();
        Assert.Equal("queued", lead.Str("status"));
        await app.AdvanceAsync(Duration.FromHours(13) + Duration.FromMinutes(59));
        Assert.Equal("queued", (await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json()).Str("status"));
        await app.AdvanceAsync(Duration.FromMinutes(1)); // Tuesday 09:00
        var after = await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json();
        Assert.Equal(("assigned", "kim"), (after.Str("status"), after.Str("ownerId")));
    }
}
