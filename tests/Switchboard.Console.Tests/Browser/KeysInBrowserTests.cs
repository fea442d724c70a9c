using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Switchboard.Web.Tests.Browser.AdminPages;

namespace Switchboard.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeysInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public async Task a_new_key_is_shown_once_works_against_the_api_and_stops_when_revoked()
    {
        var page = await OpenAsAdminAsync(browser, "/keys", ready: ".create-key:not([disabled])");
        var name = $"crm sync {Guid.NewGuid().ToString("N")[..8]}";
        var key = await CreateKeyAsync(page, name, "en");
        using var api = new HttpClient { BaseAddress = browser.Server.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/me")).StatusCode);

        await Button(page, Text("en", "KeyDone")).ClickAsync();
        await page.ReloadAsync();
        await page.WaitForSelectorAsync(".create-key:not([disabled])");
        Assert.Contains(name, await page.InnerTextAsync(".keys-table"));
        Assert.DoesNotContain(key, await page.ContentAsync());

        await page.GetByLabel(Text("en", "RevokeKey").Replace("{0}", name)).ClickAsync();
        await Button(page, Text("en", "KeyRevoke")).ClickAsync();
        await Assertions.Expect(page.Locator(".keys-table")).Not.ToContainTextAsync(name);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>Issue 12 part 7 (every page keyboard-operable): Enter on "Create key", Tab to the name, Enter makes the key.</summary>
    [ChromiumFact]
    public async Task an_admin_makes_a_key_with_the_keyboard_alone()
    {
        var page = await OpenAsAdminAsync(browser, "/keys", ready: ".create-key:not([disabled])");
        var name = $"keyboard {Guid.NewGuid().ToString("N")[..8]}";
        await page.FocusAsync(".create-key");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".key-name input");

        for (var presses = 0; presses < 10 && !await page.Locator(".key-name input").EvaluateAsync<bool>("input => input === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync(".new-key input");
        Assert.StartsWith("sb_", await page.InputValueAsync(".new-key input"));
        using var api = browser.Server.Client();
        Assert.Contains(name, await api.GetStringAsync("/api/keys"));
    }

    [ChromiumFact]
    public async Task a_rep_key_without_a_rep_is_refused_at_the_rep_field()
    {
        var page = await OpenAsAdminAsync(browser, "/keys", ready: ".create-key:not([disabled])");
        await page.ClickAsync(".create-key");
        await page.GetByRole(AriaRole.Radio, new() { Name = Text("en", "RoleRep") }).CheckAsync();
        await Button(page, Text("en", "KeyCreate")).ClickAsync();

        await Assertions.Expect(page.Locator(".key-rep")).ToContainTextAsync(Text("en", "KeyRepNeeded"));
        Assert.Equal(0, await page.Locator(".new-key").CountAsync());
    }

    [ChromiumTheory]
    [InlineData("manager", null)]
    [InlineData("rep", "park")]
    public async Task a_manager_or_a_rep_gets_the_403_page_on_keys_with_nothing_of_it(string role, string? repId)
    {
        var name = $"erp {Guid.NewGuid().ToString("N")[..8]}";
        using var api = browser.Server.Client();
        Assert.True((await api.PostAsJsonAsync("/api/keys", new { name, role = "intake" })).IsSuccessStatusCode);
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, role, repId: repId);
        var response = await page.GotoAsync("/keys");
        Assert.Equal(403, response!.Status);
        Assert.Equal(Text("en", "ForbiddenTitle"), await page.InnerTextAsync("h1"));
        Assert.DoesNotContain(name, await page.ContentAsync());
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_keys_page_and_the_new_key_speak_the_language_and_are_accessible(string language)
    {
        var page = await OpenAsAdminAsync(browser, "/keys", language, ".create-key:not([disabled])");
        await CheckAsync(page, "keys", language);
        await page.ClickAsync(".create-key");
        await page.WaitForSelectorAsync(".key-name input");
        await CheckAsync(page, "keys-create", language);
        await page.FillAsync(".key-name input", $"web form {language}");
        await Button(page, Text(language, "KeyCreate")).ClickAsync();
        await page.WaitForSelectorAsync(".new-key input");
        await CheckAsync(page, "keys-new", language);
    }

    /// <summary>Creates a manager key on the page: the key the dialog shows.</summary>
    private static async Task<string> CreateKeyAsync(IPage page, string name, string language)
    {
        await page.ClickAsync(".create-key");
        await page.FillAsync(".key-name input", name);
        await page.GetByRole(AriaRole.Radio, new() { Name = Text(language, "RoleManager") }).CheckAsync();
        await Button(page, Text(language, "KeyCreate")).ClickAsync();
        await page.WaitForSelectorAsync(".new-key input");
        return await page.InputValueAsync(".new-key input");
    }
}
