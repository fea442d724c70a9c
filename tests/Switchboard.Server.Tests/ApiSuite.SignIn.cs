using System.Net;
using NodaTime;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_person_signs_in_with_email_in_any_case_and_the_session_cookie_authenticates_the_api()
    {
        await using var app = await StartAsync();
        await app.SignedIn("kim@example.com", "manager");
        var browser = app.Browser();

        var signedIn = await browser.SignIn("Kim@Example.com", Browsers.Password, "/leads?owner=r1");

        Assert.Equal((HttpStatusCode.Redirect, "/leads?owner=r1"), (signedIn.StatusCode, signedIn.Location()));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("switchboard.session="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await (await browser.GetAsync("/api/me")).Json();
        Assert.Equal(("kim@example.com", "manager"), (me.Str("email"), me.Str("role")));
    }

    [StoreFact]
    public async Task a_wrong_password_and_an_unknown_email_get_the_same_answer_and_no_session()
    {
        await using var app = await StartAsync();
        await app.SignedIn("kim@example.com", "manager");
        var browser = app.Browser();

        var wrong = await browser.SignIn("kim@example.com", "not the password", "/queues");
        var unknown = await browser.SignIn("nobody@example.com", Browsers.Password, "/queues");

        Assert.Equal("/signin?error=invalid&returnUrl=%2Fqueues", wrong.Location());
        Assert.Equal(wrong.Location(), unknown.Location());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [StoreFact]
    public async Task signing_in_without_the_antiforgery_token_is_refused()
    {
        await using var app = await StartAsync();
        await app.SignedIn("kim@example.com", "manager");
        var browser = app.Browser();

        var response = await browser.PostForm("/account/signin", [("email", "kim@example.com"), ("password", Browsers.Password)], antiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [StoreFact]
    public async Task a_return_url_off_this_site_sends_the_person_home_instead()
    {
        await using var app = await StartAsync();
        await app.SignedIn("kim@example.com", "manager");
        string[] elsewhere = ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)", "/\tevil"];

        foreach (var returnUrl in elsewhere)
            Assert.Equal("/", (await app.Browser().SignIn("kim@example.com", Browsers.Password, returnUrl)).Location());
    }

    [StoreFact]
    public async Task five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        await using var app = await StartAsync(clock: SwitchboardApp.StoppedClock());
        await app.SignedIn("kim@example.com", "manager");
        var browser = app.Browser();
        for (var i = 0; i < 4; i++) Assert.Contains("error=invalid", (await browser.SignIn("kim@example.com", "wrong password")).Location());

        Assert.Contains("error=locked", (await browser.SignIn("kim@example.com", "wrong password")).Location());
        Assert.Contains("error=locked", (await browser.SignIn("kim@example.com", Browsers.Password)).Location());
        await app.AdvanceAsync(Duration.FromMinutes(15));
        Assert.Equal("/", (await browser.SignIn("kim@example.com", Browsers.Password)).Location());
    }

    [StoreFact]
    public async Task signing_out_ends_the_session()
    {
        await using var app = await StartAsync();
        var browser = await app.SignedIn("kim@example.com", "manager");

        var response = await browser.PostForm("/account/signout", []);

        Assert.Equal((HttpStatusCode.Redirect, "/signin"), (response.StatusCode, response.Location()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [StoreFact]
    public async Task signing_out_needs_the_antiforgery_token()
    {
        await using var app = await StartAsync();
        var browser = await app.SignedIn("kim@example.com", "manager", forgeryHeader: false);

        var response = await browser.PostForm("/account/signout", [], antiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [StoreFact]
    public async Task an_api_request_without_credentials_is_a_401_problem_not_a_redirect()
    {
        await using var app = await StartAsync();

        var response = await app.Browser().GetAsync("/api/leads");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [StoreFact]
    public async Task an_invitation_link_sets_the_password_once()
    {
        await using var app = await StartAsync();
        var (_, token) = await app.Invite("kim@example.com", "manager");

        Assert.Equal("/", (await app.Browser().SetPassword(token, Browsers.Password)).Location());
        var again = await app.Browser().SetPassword(token, "another password");

        Assert.Equal($"/password?token={token}&error=used", again.Location());
        Assert.Equal("/", (await app.Browser().SignIn("kim@example.com", Browsers.Password)).Location());
    }

    [StoreFact]
    public async Task an_invitation_link_expires_after_seven_days()
    {
        await using var app = await StartAsync(clock: SwitchboardApp.StoppedClock());
        var (_, token) = await app.Invite("kim@example.com", "manager");

        await app.AdvanceAsync(Duration.FromDays(7));

        Assert.Equal($"/password?token={token}&error=expired", (await app.Browser().SetPassword(token, Browsers.Password)).Location());
    }

    [StoreFact]
    public async Task a_weak_or_mismatched_password_is_refused_and_leaves_the_link_usable()
    {
        await using var app = await StartAsync();
        var (_, token) = await app.Invite("kim@example.com", "manager");
        var browser = app.Browser();

        Assert.EndsWith("&error=weak", (await browser.SetPassword(token, "too short")).Location());
        Assert.EndsWith("&error=mismatch", (await browser.SetPassword(token, Browsers.Password, "something else")).Location());
        Assert.Equal("/", (await browser.SetPassword(token, Browsers.Password)).Location());
    }

    [StoreFact]
    public async Task a_new_password_ends_the_sessions_opened_with_the_old_one()
    {
        await using var app = await StartAsync();
        var browser = await app.SignedIn("kim@example.com", "manager");
        var id = (await (await browser.GetAsync("/api/me")).Json()).Str("id");

        var invitation = await (await app.Admin().PostAsync($"/api/users/{id}/invite", null)).Json();
        await app.Browser().SetPassword(Browsers.TokenOf(invitation.Str("inviteUrl")!), "a brand new password");

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [StoreFact]
    public async Task removing_a_person_ends_its_session()
    {
        await using var app = await StartAsync();
        var browser = await app.SignedIn("kim@example.com", "manager");
        var id = (await (await browser.GetAsync("/api/me")).Json()).Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await app.Admin().DeleteAsync($"/api/users/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }
}
