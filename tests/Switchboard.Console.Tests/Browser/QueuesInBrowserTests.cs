using Microsoft.Playwright;
using Switchboard.Web.Pages.Queues;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

/// <summary>The Queues page in the shared demo server; the waiting leads come from <see cref="QueuesParking"/>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QueuesInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public async Task a_lead_nobody_may_take_appears_in_the_unassigned_queue_with_why_without_reloading()
    {
        await QueuesParking.EnsureAsync(browser);
        var page = await OpenQueuesAsync("en", "unassigned");

        var (id, name) = await QueuesParking.LeadAsync(browser);

        var row = page.Locator($"tr[data-lead='{id}']");
        await Expect(row).ToContainTextAsync(name);
        await Expect(row.Locator(".reason")).ToHaveTextAsync(Text("en", "ReasonNobodyEligible").Replace("{0}", QueuesParking.ParkedPoolName));
    }

    [ChromiumFact]
    public async Task a_queued_lead_shows_the_pool_nobody_in_it_could_take_it()
    {
        await QueuesParking.EnsureAsync(browser);
        var (id, _) = await QueuesParking.LeadAsync(browser, QueuesParking.Waiting);

        var page = await OpenQueuesAsync("en", "queued");

        await Expect(page.Locator($"tr[data-lead='{id}'] .reason")).ToHaveTextAsync(Text("en", "ReasonNobodyEligible").Replace("{0}", QueuesParking.WaitingPoolName));
    }

    [ChromiumFact]
    public async Task two_selected_leads_are_assigned_to_the_chosen_rep_in_one_go()
    {
        await QueuesParking.EnsureAsync(browser);
        var first = await QueuesParking.LeadAsync(browser);
        var second = await QueuesParking.LeadAsync(browser);
        var page = await OpenQueuesAsync("en", "unassigned");

        foreach (var (_, name) in new[] { first, second })
            await page.GetByLabel(Text("en", "SelectLead").Replace("{0}", name), new() { Exact = true }).CheckAsync();
        await page.SelectOptionAsync("#bulk-assign-rep", "tanaka");
        await page.GetByRole(AriaRole.Button, new() { Name = Text("en", "AssignSelected").Replace("{0}", "2") }).ClickAsync();

        await Expect(page.Locator(".bulk-outcome")).ToContainTextAsync(Text("en", "AssignedCount").Replace("{0}", "2"));
        Assert.Equal("tanaka", await QueuesParking.OwnerOfAsync(browser, first.Id));
        Assert.Equal("tanaka", await QueuesParking.OwnerOfAsync(browser, second.Id));
        await Expect(page.Locator($"tr[data-lead='{first.Id}']")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task a_rep_opening_the_queues_gets_the_403_page_without_any_lead()
    {
        await QueuesParking.EnsureAsync(browser);
        var (_, name) = await QueuesParking.LeadAsync(browser);
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, "rep", repId: "kim");

        var response = await page.GotoAsync("/queues");

        Assert.Equal(403, response!.Status);
        Assert.Equal(Text("en", "ForbiddenTitle"), await page.InnerTextAsync("h1"));
        Assert.DoesNotContain(name, await page.ContentAsync());
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task every_view_of_the_queues_speaks_each_language(string language)
    {
        await QueuesParking.EnsureAsync(browser);
        await QueuesParking.LeadAsync(browser);
        await QueuesParking.LeadAsync(browser, QueuesParking.Waiting);
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, page, "manager", language);

        foreach (var view in QueueView.All)
        {
            await page.GotoAsync(view.Href);
            await page.WaitForSelectorAsync($".queue-content[data-live=on][data-view={view.Name}]");
            await ConsoleBrowser.SaveScreenshotAsync(page, $"queues-{view.Name}", language);
            Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
            Assert.Empty(await ConsoleBrowser.UntranslatedEnglishAsync(page, language));
        }
    }

    [ChromiumFact]
    public async Task on_a_phone_the_unassigned_queue_does_not_scroll_sideways()
    {
        await QueuesParking.EnsureAsync(browser);
        await QueuesParking.LeadAsync(browser);
        var page = await browser.NewPageAsync("de", width: 390, height: 844);
        await Person.InvitedAsync(browser, page, "manager", "de");
        await page.GotoAsync("/queues");
        await page.WaitForSelectorAsync(".queue-content[data-live=on] tr[data-lead]");

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "queues-phone", "de");
    }

    /// <summary>A manager signed in and on one view of the Queues page once it is live.</summary>
    private async Task<IPage> OpenQueuesAsync(string language, string view)
    {
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, page, "manager", language);
        await page.GotoAsync($"/queues?view={view}");
        await page.WaitForSelectorAsync($".queue-content[data-live=on][data-view={view}]");
        return page;
    }
}
