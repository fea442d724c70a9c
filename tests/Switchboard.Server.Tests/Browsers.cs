using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Switchboard.Server.Tests;

/// <summary>
/// A browser stand-in: a client that keeps cookies and does not follow redirects, and posts forms the way the
/// console's pages do, with the anti-forgery token from GET /account/antiforgery.
/// </summary>
public static class Browsers
{
    public const string Password = "correct horse battery";

    public static HttpClient Browser(this SwitchboardApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts a form with a fresh anti-forgery token (leave it out with <paramref name="antiforgery"/> false).</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient browser, string url, IEnumerable<(string Name, string Value)> fields, bool antiforgery = true)
    {
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
        if (antiforgery)
        {
            var token = await browser.GetFromJsonAsync<JsonObject>("/account/antiforgery");
            values.Add(KeyValuePair.Create(token.Str("field")!, token.Str("token")!));
        }
        return await browser.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> SignIn(this HttpClient browser, string email, string password, string? returnUrl = null) =>
        browser.PostForm("/account/signin", [("email", email), ("password", password), ("returnUrl", returnUrl ?? "")]);

    public static Task<HttpResponseMessage> SetPassword(this HttpClient browser, string token, string password, string? confirm = null) =>
        browser.PostForm("/account/password", [("token", token), ("password", password), ("confirm", confirm ?? password)]);

    /// <summary>Creates a person through the API with an invitation and returns the link's token.</summary>
    public static async Task<(string Id, string Token)> Invite(this SwitchboardApp app, string email, string role, string? repId = null)
    {
        var response = await app.Admin().PostAsJsonAsync("/api/users", new { email, name = email.Split('@')[0], role, repId, invite = true });
        var user = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.Created, user.ToJsonString());
        return (user.Str("id")!, TokenOf(user.Str("inviteUrl")!));
    }

    public static string TokenOf(string link) => link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

    /// <summary>
    /// A browser signed in as a new person with this role (set up through an invitation), sending the anti-forgery header
    /// with every request as the console's scripts would (unless <paramref name="forgeryHeader"/> is false).
    /// </summary>
    public static async Task<HttpClient> SignedIn(this SwitchboardApp app, string email, string role, string? repId = null, bool forgeryHeader = true)
    {
        var (_, token) = await app.Invite(email, role, repId);
        var browser = app.Browser();
        Assert.Equal("/", (await browser.SetPassword(token, Password)).Headers.Location?.OriginalString);
        if (!forgeryHeader) return browser;
        var antiforgery = await browser.GetFromJsonAsync<JsonObject>("/account/antiforgery");
        browser.DefaultRequestHeaders.Add(antiforgery.Str("header")!, antiforgery.Str("token"));
        return browser;
    }

    /// <summary>Where a redirect goes (path and query).</summary>
    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
