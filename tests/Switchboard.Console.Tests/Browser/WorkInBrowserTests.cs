using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// The rep's workspace in a real browser. Demo reps changed here: suzuki's presence and out of office (restored);
/// the workspace's own pools and workflows (<see cref="WorkRouting"/>) take only leads of their own sources.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    private static string Card(string leadId) => $"[data-lead-id='{leadId}']";

    [ChromiumFact]
    public async Task a_lead_routed_to_the_rep_appears_within_a_second_without_reload_and_the_title_counts_it()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");

        var lead = await WorkRouting.LeadAsync(browser, WorkRouting.Sla);
        var routed = Stopwatch.StartNew();
        await page.WaitForSelectorAsync(Card(lead.GetProperty("id").GetString()!));
        routed.Stop();

        Assert.True(routed.Elapsed < TimeSpan.FromSeconds(1), $"shown {routed.Elapsed.TotalMilliseconds:F0} ms after the API's 201");
        await Expect(page).ToHaveTitleAsync("(1) My work · Switchboard");
    }

    [ChromiumFact]
    public async Task why_me_names_the_workflow_and_pool_that_gave_the_rep_its_lead()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");
        var lead = await WorkRouting.LeadAsync(browser, WorkRouting.Sla);
        var card = page.Locator(Card(lead.GetProperty("id").GetString()!));

        await card.GetByRole(AriaRole.Button, new() { Name = "Why me" }).ClickAsync();

        await Expect(card.Locator(".why-me-text")).ToHaveTextAsync(
            "Assigned to you by round robin in pool SLA desk, sent there by workflow work-sla → work-sla (priority 1): rule source = work-sla matched");
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task a_new_card_keeps_its_layout_when_the_rep_looks_so_a_press_on_it_is_not_lost(string language)
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park", language, 390, 844);
        var card = page.Locator(Card((await WorkRouting.LeadAsync(browser, WorkRouting.Sla)).GetProperty("id").GetString()!));
        await Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fresh"));
        var before = await card.Locator(".why-me button").BoundingBoxAsync();
        await ConsoleBrowser.SaveScreenshotAsync(page, "workspace-new-card", language);

        await card.Locator(".work-card-name a").FocusAsync(); // the rep looks: the workspace's focus resets the new ones

        await Expect(card).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fresh"));
        var after = await card.Locator(".why-me button").BoundingBoxAsync();
        Assert.Equal((before!.X, before.Y, before.Width), (after!.X, after.Y, after.Width));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task a_touch_is_logged_and_the_sla_countdown_goes_away()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");
        var id = (await WorkRouting.LeadAsync(browser, WorkRouting.Sla)).GetProperty("id").GetString()!;
        var card = page.Locator(Card(id));
        await Expect(card.Locator(".sla-countdown")).ToContainTextAsync("left");

        await card.Locator("[data-touch=call]").ClickAsync();

        await Expect(card.Locator(".sla-countdown")).ToHaveCountAsync(0);
        Assert.NotEqual(JsonValueKindNull, (await WorkRouting.GetAsync(browser, $"/api/leads/{id}")).GetProperty("firstTouchAt").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [ChromiumFact]
    public async Task a_rejected_lead_is_routed_again_and_appears_in_the_next_reps_open_workspace()
    {
        await WorkRouting.EnsureAsync(browser);
        var suzuki = await WorkRouting.WorkspaceAsync(browser, "suzuki");
        var tanaka = await WorkRouting.WorkspaceAsync(browser, "tanaka");
        var lead = await WorkRouting.LeadAsync(browser, WorkRouting.Relay);
        var id = lead.GetProperty("id").GetString()!;
        var (owner, next) = lead.GetProperty("ownerId").GetString() == "suzuki" ? (suzuki, tanaka) : (tanaka, suzuki);
        var card = owner.Locator(Card(id));

        await card.Locator("[data-more-actions]").ClickAsync();
        await card.Locator("select[id^=reason]").SelectOptionAsync("wrong_territory");
        await card.Locator("[data-reject]").ClickAsync();

        await Expect(card).ToHaveCountAsync(0);
        await Expect(next.Locator(Card(id))).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task a_lead_moved_to_another_stage_and_converted_from_its_card_leaves_my_leads_and_a_refusal_is_shown_at_its_field()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");
        var id = (await WorkRouting.LeadAsync(browser, WorkRouting.Sla)).GetProperty("id").GetString()!;
        var card = page.Locator(Card(id));
        await card.Locator("[data-more-actions]").ClickAsync();

        var stage = await card.Locator("select[id^=stage] option").Last.GetAttributeAsync("value");
        await card.Locator("select[id^=stage]").SelectOptionAsync(stage!);
        await card.Locator("[data-stage]").ClickAsync();
        await Expect(card.Locator(".work-card-facts")).ToContainTextAsync(Text("en", "LeadStageIs").Replace("{0}", stage));

        await card.Locator("[data-convert]").ClickAsync();
        await Expect(card.Locator(".field-error")).ToHaveTextAsync(Text("en", "ErrorAmount"));
        await card.Locator("input[id^=amount]").FillAsync("12000");
        await card.Locator("[data-convert]").ClickAsync();

        await Expect(card).ToHaveCountAsync(0);
        var lead = await WorkRouting.GetAsync(browser, $"/api/leads/{id}");
        Assert.Equal("converted", lead.GetProperty("status").GetString());
    }

    [ChromiumFact]
    public async Task two_reps_claim_the_same_lead_one_wins_and_the_other_sees_who_took_it()
    {
        await WorkRouting.EnsureAsync(browser);
        var kim = await WorkRouting.WorkspaceAsync(browser, "kim", "ko");
        var mueller = await WorkRouting.WorkspaceAsync(browser, "mueller", "de");
        var id = (await WorkRouting.LeadAsync(browser, WorkRouting.Claim)).GetProperty("id").GetString()!;
        var claim = $"[data-claim-lead-id='{id}'] [data-claim]";
        await Task.WhenAll(kim.WaitForSelectorAsync(claim), mueller.WaitForSelectorAsync(claim));

        // Both at once: the slower click may find the button already gone, which is the race lost.
        await Task.WhenAll(ClickIfThereAsync(kim, claim), ClickIfThereAsync(mueller, claim));

        var owner = await WorkRouting.OwnerOnceClaimedAsync(browser.Server, id);
        Assert.Contains(owner, new[] { "kim", "mueller" });
        var (winner, loser, loserLanguage, winnerName) = owner == "kim" ? (kim, mueller, "de", "김민지") : (mueller, kim, "ko", "Jonas Müller");
        await Expect(winner.Locator(Card(id))).ToBeVisibleAsync();
        var taken = loser.Locator($"[data-claim-lead-id='{id}'] .claim-taken");
        await Expect(taken).ToHaveTextAsync(Text(loserLanguage, "ClaimTakenBy").Replace("{0}", winnerName));
        await Expect(loser.Locator($"[data-claim-lead-id='{id}']")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
    }

    private static async Task ClickIfThereAsync(IPage page, string selector)
    {
        try
        {
            await page.ClickAsync(selector, new() { Timeout = 3_000 });
        }
        catch (TimeoutException)
        {
        }
    }

    [ChromiumFact]
    public async Task a_task_due_today_is_shown_and_done_with_one_click()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");
        var leadId = (await WorkRouting.LeadAsync(browser, WorkRouting.Sla)).GetProperty("id").GetString()!;
        var tasks = (await WorkRouting.GetAsync(browser, "/api/tasks?owner=park")).GetProperty("items").EnumerateArray();
        var taskId = tasks.Single(t => t.GetProperty("leadId").GetString() == leadId).GetProperty("id").GetString()!;
        var task = page.Locator($"[data-task-id='{taskId}']");

        await task.GetByRole(AriaRole.Button).ClickAsync();

        await Expect(task).ToHaveCountAsync(0);
        var open = (await WorkRouting.GetAsync(browser, "/api/tasks?owner=park")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(open, t => t.GetProperty("id").GetString() == taskId);
    }

    [ChromiumFact]
    public async Task the_availability_toggle_sets_the_reps_presence()
    {
        var page = await WorkRouting.WorkspaceAsync(browser, "suzuki");
        try
        {
            await page.ClickAsync("[data-presence=away]");
            await Expect(page.Locator("[data-presence=away]")).ToHaveAttributeAsync("aria-pressed", "true");
            Assert.Equal("away", (await WorkRouting.GetAsync(browser, "/api/reps/suzuki")).GetProperty("status").GetString());
            await page.ClickAsync("[data-presence=online]");
            await Expect(page.Locator("[data-presence=online]")).ToHaveAttributeAsync("aria-pressed", "true");
        }
        finally
        {
            using var api = browser.Server.Client();
            await api.PutAsJsonAsync("/api/reps/suzuki/status", new { status = "online" });
        }
    }

    [ChromiumFact]
    public async Task an_out_of_office_period_added_is_shown_and_the_api_has_it_and_capacity_is_not_offered()
    {
        var page = await WorkRouting.WorkspaceAsync(browser, "suzuki");
        try
        {
            await page.FillAsync("#ooo-from", "2031-01-06");
            await page.FillAsync("#ooo-to", "2031-01-07");
            await page.ClickAsync("[data-ooo-add]");

            await Expect(page.Locator("[data-ooo='2031-01-06']")).ToBeVisibleAsync();
            var periods = (await WorkRouting.GetAsync(browser, "/api/reps/suzuki")).GetProperty("outOfOffice").EnumerateArray();
            Assert.Contains(periods, p => p.GetProperty("from").GetString() == "2031-01-06" && p.GetProperty("to").GetString() == "2031-01-07");
            Assert.Equal(0, await page.Locator("section[aria-labelledby=availability] :is(input, select)[id*=capacity i]").CountAsync());
            await Expect(page.Locator("section[aria-labelledby=availability]")).ToContainTextAsync(Text("en", "ManagerSets"));

            await page.Locator("[data-ooo='2031-01-06'] button").ClickAsync();
            await Expect(page.Locator("[data-ooo='2031-01-06']")).ToHaveCountAsync(0);
        }
        finally
        {
            using var api = browser.Server.Client();
            var suzuki = await WorkRouting.GetAsync(browser, "/api/reps/suzuki");
            if (suzuki.TryGetProperty("outOfOffice", out var left) && left.EnumerateArray().Any(p => p.GetProperty("from").GetString() == "2031-01-06"))
                await api.PatchAsJsonAsync("/api/reps/suzuki", new { outOfOffice = left.EnumerateArray().Where(p => p.GetProperty("from").GetString() != "2031-01-06") });
        }
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_workspace_speaks_the_reps_language_at_desk_and_phone_width(string language)
    {
        await WorkRouting.EnsureAsync(browser);
        await WorkRouting.LeadAsync(browser, WorkRouting.Claim, "Nordwind Maschinenbau GmbH");
        foreach (var (width, height, name) in new[] { (1280, 800, "workspace"), (390, 844, "workspace-phone") })
        {
            var page = await WorkRouting.WorkspaceAsync(browser, "park", language, width, height);
            var lead = await WorkRouting.LeadAsync(browser, WorkRouting.Sla, "株式会社さくら物流");
            await page.WaitForSelectorAsync(Card(lead.GetProperty("id").GetString()!));
            await page.Locator(Card(lead.GetProperty("id").GetString()!)).Locator(".why-me button").ClickAsync();
            await page.WaitForSelectorAsync(".why-me-text");

            await ConsoleBrowser.SaveScreenshotAsync(page, name, language);
            Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
            Assert.Empty(await ConsoleBrowser.UntranslatedEnglishAsync(page, language));
            await page.Context.CloseAsync();
        }
    }
}
