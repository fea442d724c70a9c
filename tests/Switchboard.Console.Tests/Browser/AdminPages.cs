using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Switchboard.Web.Tests.Browser;

/// <summary>What the Users and API keys browser tests share: an admin on a page, people made through the API, the page checks.</summary>
internal static class AdminPages
{
    /// <summary>A new admin signed in on a fresh page in <paramref name="language"/>, on <paramref name="path"/> once it is interactive.</summary>
    public static async Task<IPage> OpenAsAdminAsync(ConsoleBrowser browser, string path, string language = "en", string ready = "button:not([disabled])")
    {
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, page, "admin", language);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(ready);
        return page;
    }

    /// <summary>A person made through the API (no password yet), with a name no other test uses: its id and name.</summary>
    public static async Task<(string Id, string Name)> PersonAsync(ConsoleBrowser browser, string role, string? repId = null)
    {
        var name = $"Person {Guid.NewGuid().ToString("N")[..8]}";
        using var api = browser.Server.Client();
        var created = await api.PostAsJsonAsync("/api/users",
            new { email = $"{Guid.NewGuid():N}@example.com", name, role, repId, language = "en", timeZone = "Europe/Berlin" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, name);
    }

    public static async Task<JsonElement> UserAsync(ConsoleBrowser browser, string id)
    {
        using var api = browser.Server.Client();
        return await api.GetFromJsonAsync<JsonElement>($"/api/users/{id}");
    }

    public static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Saves the screenshot and checks the page for serious accessibility problems and English left untranslated.</summary>
    public static async Task CheckAsync(IPage page, string name, string language)
    {
        await ConsoleBrowser.SaveScreenshotAsync(page, name, language);
        var violations = await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{name} in {language}: {string.Join(" | ", violations)}");
        var untranslated = await ConsoleBrowser.UntranslatedEnglishAsync(page, language);
        Assert.True(untranslated.Count == 0, $"{name} in {language} shows English: {string.Join(" | ", untranslated)}");
    }
}
