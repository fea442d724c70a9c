using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_signed_in_person_changes_its_own_name_language_and_time_zone()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.SignedIn("r1@example.com", "rep", "r1");

        var changed = await rep.PatchJson("/api/me", """{"name":"김민지","language":"ko","timeZone":"Asia/Seoul"}""");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var me = await (await rep.GetAsync("/api/me")).Json();
        Assert.Equal(("김민지", "ko", "Asia/Seoul", "rep", "r1"), (me.Str("name"), me.Str("language"), me.Str("timeZone"), me.Str("role"), me.Str("repId")));
    }

    [StoreFact]
    public async Task a_person_cannot_change_its_own_role_rep_or_email()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.SignedIn("r1@example.com", "rep", "r1");

        foreach (var body in new[] { """{"role":"admin"}""", """{"repId":"r2"}""", """{"email":"boss@example.com"}""" })
            Assert.Equal(HttpStatusCode.BadRequest, (await rep.PatchJson("/api/me", body)).StatusCode);

        var me = await (await rep.GetAsync("/api/me")).Json();
        Assert.Equal(("rep", "r1", "r1@example.com"), (me.Str("role"), me.Str("repId"), me.Str("email")));
    }

    [StoreFact]
    public async Task an_invalid_setting_is_named_by_its_field_and_nothing_changes()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var manager = await app.SignedIn("kim@example.com", "manager");

        var response = await manager.PatchJson("/api/me", """{"language":"fr","timeZone":"Mars/Olympus","name":"Kim"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["language", "timeZone"], (await response.Json())["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal("kim", (await (await manager.GetAsync("/api/me")).Json()).Str("name"));
    }

    [StoreFact]
    public async Task an_api_key_has_no_settings_to_change()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        var response = await app.Admin().PatchJson("/api/me", """{"language":"ko"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
