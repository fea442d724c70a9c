using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class HomeInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public async Task a_managers_home_counts_a_lead_created_through_the_api_within_two_seconds_without_reloading()
    {
        var page = await OpenHomeAsync("en");
        var today = await NumberAsync(page, "[data-count=created-today] .home-count-number");
        var sato = await NumberAsync(page, "tr[data-rep=sato] td.number");

        var clock = Stopwatch.StartNew();
        await HokkaidoLeadAsync();
        await Expect(page.Locator("[data-count=created-today] .home-count-number")).ToHaveTextAsync($"{today + 1:N0}", new() { Timeout = 2000 });
        await Expect(page.Locator("tr[data-rep=sato] td.number")).ToHaveTextAsync($"{sato + 1:N0}", new() { Timeout = 2000 - (float)clock.Elapsed.TotalMilliseconds });
        Assert.Contains("佐藤 花子", await page.InnerTextAsync(".distribution-table"));
    }

    [ChromiumFact]
    public async Task a_waiting_count_opens_its_queue()
    {
        var page = await OpenHomeAsync("en");

        await page.ClickAsync("[data-count=unassigned]");

        await page.ReachesAddressAsync("/queues?view=unassigned");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Text("en", "NavQueues"));
        await Expect(page.Locator(".queue-view[aria-current=page]")).ToContainTextAsync(Text("en", "ViewUnassigned"));
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_home_page_speaks_each_language(string language)
    {
        await HokkaidoLeadAsync();
        var page = await OpenHomeAsync(language);

        await Expect(page.Locator("[data-median=assignment]")).Not.ToHaveTextAsync(Text(language, "MedianNone"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "home", language);
        Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
        Assert.Empty(await ConsoleBrowser.UntranslatedEnglishAsync(page, language));
    }

    [ChromiumFact]
    public async Task on_a_phone_the_home_page_does_not_scroll_sideways()
    {
        await HokkaidoLeadAsync();
        var page = await browser.NewPageAsync("ja", width: 390, height: 844);
        await Person.InvitedAsync(browser, page, "manager", "ja");
        await page.WaitForSelectorAsync(".home-dashboard[data-live=on] .home-counts");

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "home-phone", "ja");
    }

    /// <summary>A manager signed in and on the home page once it is live (its circuit attached and subscribed).</summary>
    private async Task<IPage> OpenHomeAsync(string language)
    {
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, page, "manager", language);
        await page.WaitForSelectorAsync(".home-dashboard[data-live=on] .home-counts");
        return page;
    }

    /// <summary>A lead the demo's Hokkaido rule assigns to 佐藤 (sato) at once.</summary>
    private async Task HokkaidoLeadAsync()
    {
        using var api = browser.Server.Client();
        var created = await api.PostAsJsonAsync("/api/leads", new { email = $"home-{Guid.NewGuid():N}@example.jp", region = "北海道" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
    }

    private static async Task<int> NumberAsync(IPage page, string selector)
    {
        var found = page.Locator(selector);
        return await found.CountAsync() == 0 ? 0 : int.Parse(await found.InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands);
    }
}
