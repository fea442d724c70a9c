using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

/// <summary>What no single page's tests cover: a rep kept out of the leads grid, and a workspace worked by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardAndRoleInBrowserTests(ConsoleBrowser browser)
{
    [ChromiumFact]
    public async Task a_rep_opening_the_leads_grid_gets_the_403_page_without_any_lead()
    {
        var lead = await WorkRouting.LeadAsync(browser, WorkRouting.Relay, company: "Verborgen GmbH");
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, "rep", repId: "kim");

        var response = await page.GotoAsync("/leads");

        Assert.Equal(403, response!.Status);
        Assert.Equal(TextsTests.Entries("en")["ForbiddenTitle"], await page.InnerTextAsync("h1"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(lead.GetProperty("id").GetString()!, await page.ContentAsync());
        Assert.DoesNotContain("Verborgen GmbH", await page.ContentAsync());
    }

    /// <summary>From the lead's name, Tab reaches "Why me" and then Call, and Enter on Call logs the touch.</summary>
    [ChromiumFact]
    public async Task a_rep_logs_a_touch_with_tab_and_enter_alone()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");
        var id = (await WorkRouting.LeadAsync(browser, WorkRouting.Sla)).GetProperty("id").GetString()!;
        var card = page.Locator($"[data-lead-id='{id}']");
        await card.Locator("h3 a").FocusAsync();

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("call", await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.touch ?? null"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(card.Locator(".sla-countdown")).ToHaveCountAsync(0);
        var touched = await WorkRouting.GetAsync(browser, $"/api/leads/{id}");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, touched.GetProperty("firstTouchAt").ValueKind);
    }
}
