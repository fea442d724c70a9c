using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task an_admin_creates_reads_changes_and_removes_a_person()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var admin = app.Admin();

        var created = await admin.PostJson("/api/users",
            """{"email":"minji@example.kr","name":"김민지","role":"rep","repId":"r1","language":"ko","timeZone":"Asia/Seoul"}""");
        var user = await created.Json();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("usr_", user.Str("id"));
        Assert.Equal(("김민지", "r1", "ko", false), (user.Str("name"), user.Str("repId"), user.Str("language"), user["hasPassword"]!.GetValue<bool>()));
        Assert.Null(user["inviteUrl"]);

        var changed = await (await admin.PatchJson($"/api/users/{user.Str("id")}", """{"role":"manager","language":"en"}""")).Json();
        Assert.Equal(("manager", null, "en", "김민지"), (changed.Str("role"), changed.Str("repId"), changed.Str("language"), changed.Str("name")));
        Assert.Equal("manager", (await (await admin.GetAsync($"/api/users/{user.Str("id")}")).Json()).Str("role"));
        Assert.Single((await (await admin.GetAsync("/api/users")).Json())["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{user.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/users/{user.Str("id")}")).StatusCode);
    }

    [StoreFact]
    public async Task creating_a_person_names_every_invalid_field()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        var response = await app.Admin().PostJson("/api/users",
            """{"email":"not an email","name":"","role":"owner","language":"fr","timeZone":"Mars/Olympus"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.Equal(["email", "language", "name", "role", "timeZone"], errors.Select(e => e.Key).Order());
    }

    [StoreFact]
    public async Task a_rep_person_must_be_bound_to_a_rep_that_exists_and_nobody_else_may_be()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var admin = app.Admin();

        foreach (var body in new[]
                 {
                     """{"email":"a@example.com","name":"A","role":"rep"}""",
                     """{"email":"a@example.com","name":"A","role":"rep","repId":"nobody"}""",
                     """{"email":"a@example.com","name":"A","role":"manager","repId":"r1"}""",
                 })
        {
            var response = await admin.PostJson("/api/users", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await response.Json())["errors"]!["repId"]);
        }
    }

    [StoreFact]
    public async Task unknown_or_mistyped_fields_are_a_400_naming_them()
    {
        await using var app = await StartAsync();

        var unknown = await app.Admin().PostJson("/api/users", """{"email":"a@example.com","name":"A","role":"admin","passwrd":"x"}""");
        var mistyped = await app.Admin().PostJson("/api/users", """{"email":["a@example.com"],"name":"A","role":"admin"}""");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.Json())["errors"]!["passwrd"]);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.NotNull((await mistyped.Json())["errors"]!["email"]);
    }

    [StoreFact]
    public async Task an_email_already_taken_in_any_case_is_a_409_naming_the_email()
    {
        await using var app = await StartAsync();
        var admin = app.Admin();
        await admin.PostJson("/api/users", """{"email":"hans@example.de","name":"Hans","role":"manager"}""");
        var other = await (await admin.PostJson("/api/users", """{"email":"eva@example.de","name":"Eva","role":"manager"}""")).Json();

        var created = await admin.PostJson("/api/users", """{"email":"HANS@example.de","name":"Hans 2","role":"manager"}""");
        var changed = await admin.PatchJson($"/api/users/{other.Str("id")}", """{"email":"Hans@Example.de"}""");

        Assert.Equal(HttpStatusCode.Conflict, created.StatusCode);
        Assert.NotNull((await created.Json())["errors"]!["email"]);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal(2, (await (await admin.GetAsync("/api/users")).Json())["items"]!.AsArray().Count);
    }

    [StoreFact]
    public async Task the_last_admin_can_be_neither_demoted_nor_removed()
    {
        await using var app = await StartAsync();
        var admin = app.Admin();
        var first = await (await admin.PostJson("/api/users", """{"email":"a@example.com","name":"A","role":"admin"}""")).Json();

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PatchJson($"/api/users/{first.Str("id")}", """{"role":"manager"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/users/{first.Str("id")}")).StatusCode);
        await admin.PostJson("/api/users", """{"email":"b@example.com","name":"B","role":"admin"}""");
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchJson($"/api/users/{first.Str("id")}", """{"role":"manager"}""")).StatusCode);
    }

    [StoreFact]
    public async Task changing_or_removing_an_unknown_person_is_a_404()
    {
        await using var app = await StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().PatchJson("/api/users/usr_nobody", """{"name":"X"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().DeleteAsync("/api/users/usr_nobody")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin().PostAsync("/api/users/usr_nobody/invite", null)).StatusCode);
    }

    [StoreFact]
    public async Task only_admins_manage_people_whether_by_key_or_signed_in()
    {
        await using var app = await StartAsync();
        var managerKey = await app.ClientFor("manager");
        var manager = await app.SignedIn("kim@example.com", "manager");

        Assert.Equal(HttpStatusCode.Forbidden, (await managerKey.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/users")).StatusCode);
        var admin = await app.SignedIn("boss@example.com", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/users")).StatusCode);
    }

    [StoreFact]
    public async Task a_signed_in_rep_has_exactly_a_rep_keys_access()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var admin = app.Admin();
        var mine = await (await admin.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var theirs = await (await admin.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var rep = await app.SignedIn("r1@example.com", "rep", "r1");

        var list = await (await rep.GetAsync("/api/leads")).Json();
        Assert.Equal([mine.Str("id")], list["items"]!.AsArray().Select(l => l.Str("id")));
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/api/leads/{theirs.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PutJson("/api/config", TestConfigs.SevenRoundRobin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostJson($"/api/leads/{mine.Str("id")}/assign", """{"repId":"r2"}""")).StatusCode);
    }

    [StoreFact]
    public async Task a_signed_in_manager_may_assign_a_lead()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var manager = await app.SignedIn("kim@example.com", "manager");

        var response = await manager.PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"r5"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("r5", (await response.Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task a_change_through_the_api_with_a_session_cookie_needs_the_antiforgery_header()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var manager = await app.SignedIn("kim@example.com", "manager", forgeryHeader: false);

        var response = await manager.PostJson($"/api/leads/{lead.Str("id")}/assign", """{"repId":"r5"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/leads/{lead.Str("id")}")).StatusCode);
        Assert.NotEqual("r5", (await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}")).Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task me_describes_the_signed_in_person_or_the_key()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        await app.Admin().PostJson("/api/users", """{"email":"sato@example.jp","name":"佐藤","role":"rep","repId":"sato","language":"ja","timeZone":"Asia/Tokyo"}""");
        var id = (await (await app.Admin().GetAsync("/api/users")).Json())["items"]![0].Str("id");
        var invitation = await (await app.Admin().PostAsync($"/api/users/{id}/invite", null)).Json();
        var browser = app.Browser();
        await browser.SetPassword(Browsers.TokenOf(invitation.Str("inviteUrl")!), Browsers.Password);

        var me = await (await browser.GetAsync("/api/me")).Json();
        var key = await (await app.Admin().GetAsync("/api/me")).Json();

        Assert.Equal((id, "sato@example.jp", "佐藤", "rep", "sato", "ja", "Asia/Tokyo"),
            (me.Str("id"), me.Str("email"), me.Str("name"), me.Str("role"), me.Str("repId"), me.Str("language"), me.Str("timeZone")));
        Assert.Equal(("admin", null, null), (key.Str("role"), key.Str("id"), key.Str("email")));
    }
}
