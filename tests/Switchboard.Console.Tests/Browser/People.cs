using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Switchboard.Server.Tests;

namespace Switchboard.Web.Tests.Browser;

/// <summary>A person made through the API and signed in through the console's own pages.</summary>
public sealed record Person(string Email, string Name, string Language)
{
    public const string Password = "correct horse battery staple";

    private static readonly Dictionary<string, string> Names = new()
    {
        ["en"] = "Alex Morgan", ["ko"] = "김민지", ["ja"] = "佐藤 花子", ["de"] = "Jonas Becker",
    };

    /// <summary>Creates the person (admin key), opens its invitation link in <paramref name="page"/> and sets its password: signed in after.</summary>
    public static Task<Person> InvitedAsync(ConsoleBrowser browser, IPage page, string role, string language = "en", string? repId = null) =>
        InvitedAsync(browser.Server, page, role, language, repId);

    /// <summary>As above, on <paramref name="server"/> (its admin key creates the person).</summary>
    public static async Task<Person> InvitedAsync(ServerProcess server, IPage page, string role, string language = "en", string? repId = null)
    {
        var person = new Person($"{role}-{Guid.NewGuid():N}@example.com", Names[language], language);
        using var api = server.Client();
        var created = await api.PostAsJsonAsync("/api/users", new
        {
            email = person.Email, name = person.Name, role, repId, language, timeZone = "Asia/Seoul", invite = true,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var link = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inviteUrl").GetString()!;
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.ClickAsync(".account-form button[type=submit]");
        await page.ReachesPathAsync("/");
        return person;
    }

    public async Task SignInAsync(IPage page, string password = Password)
    {
        if (new Uri(page.Url).AbsolutePath != "/signin") await page.GotoAsync("/signin");
        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", password);
        await page.ClickAsync(".account-form button[type=submit]");
    }
}
