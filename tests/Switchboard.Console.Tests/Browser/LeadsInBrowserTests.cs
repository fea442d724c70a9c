using System.Net.Http.Json;
using System.Web;
using Microsoft.Playwright;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LeadsInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public async Task the_grid_filtered_by_owner_and_status_keeps_the_filter_in_its_address_and_the_address_shows_the_same_rows()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var source = $"{world.Source}-filter";
        var mine = new List<string>();
        for (var i = 0; i < 4; i++) mine.Add(await LeadAsync(source, $"필터{i}"));
        await AssignAsync(mine[0], world.RepA);
        await AssignAsync(mine[1], world.RepA);
        await AssignAsync(mine[2], world.RepB);
        await AssignAsync(mine[3], world.RepB); // the test pool's round robin may have given it to A
        await DisqualifyAsync(mine[1]);

        var page = await ManagerOnAsync("/leads");
        await page.SelectOptionAsync("#filter-owner", world.RepA);
        await page.SelectOptionAsync("#filter-status", "assigned");
        await page.GetByLabel(Text("en", "FilterSource")).FillAsync(source);
        await page.ClickAsync(".apply-filters");
        await page.ReachesAddressWithAsync("status=assigned");
        var query = HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal((world.RepA, "assigned", source), (query["owner"], query["status"], query["source"]));
        await Assertions.Expect(page.Locator(".lead-grid tbody tr")).ToHaveCountAsync(1);
        var rows = await RowNamesAsync(page);
        Assert.Equal(["필터0"], rows);

        var again = await ManagerOnAsync(new Uri(page.Url).PathAndQuery);
        Assert.Equal(rows, await RowNamesAsync(again));
        Assert.Equal(world.RepA, await again.InputValueAsync("#filter-owner"));
    }

    [ChromiumFact]
    public async Task sorting_by_score_lists_the_highest_score_first_as_the_api_does()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var source = $"{world.Source}-score";
        await LeadAsync(source, "낮음");
        await LeadAsync(source, "높음", industry: "manufacturing");
        await LeadAsync(source, "보통");

        var page = await ManagerOnAsync($"/leads?source={source}");
        await page.SelectOptionAsync("#grid-sort", "score");
        await page.ReachesAddressWithAsync("sort=score");
        await Assertions.Expect(page.Locator(".lead-grid tbody tr").First).ToContainTextAsync("높음");
        var api = await LeadsWorld.GetAsync(browser, $"/api/leads?source={source}&sort=score");
        var shown = await RowNamesAsync(page);
        Assert.Equal(api.GetProperty("items").EnumerateArray().Select(lead => lead.GetProperty("firstName").GetString()!).ToArray(), shown);
    }

    [ChromiumFact]
    public async Task paging_goes_to_the_next_page_by_cursor_and_back()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var source = $"{world.Source}-pages";
        for (var i = 0; i < 53; i++) await LeadAsync(source, $"페이지{i:00}");

        var page = await ManagerOnAsync($"/leads?source={source}");
        await Assertions.Expect(page.Locator(".lead-grid tbody tr")).ToHaveCountAsync(50);
        var first = await RowNamesAsync(page);
        Assert.Equal("페이지52", first[0]);
        await page.ClickAsync(".next-page");
        await page.ReachesAddressWithAsync("cursor=");
        await Assertions.Expect(page.Locator(".lead-grid tbody tr")).ToHaveCountAsync(3);
        Assert.Equal(["페이지02", "페이지01", "페이지00"], await RowNamesAsync(page));
        Assert.Equal(0, await page.Locator(".next-page").CountAsync());
        await page.ClickAsync(".previous-page");
        await page.ReachesAddressWithoutAsync("cursor=");
        await Assertions.Expect(page.Locator(".lead-grid tbody tr")).ToHaveCountAsync(50);
        Assert.Equal(first, await RowNamesAsync(page));
    }

    [ChromiumFact]
    public async Task the_csv_link_downloads_the_filtered_leads()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var source = $"{world.Source}-csv";
        await LeadAsync(source, "씨에스브이1");
        await LeadAsync(source, "씨에스브이2");

        var page = await ManagerOnAsync($"/leads?source={source}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".csv-link"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("씨에스브이1", csv);
        Assert.Contains("씨에스브이2", csv);
    }

    [ChromiumFact]
    public async Task a_manager_reassigns_from_the_lead_page_and_the_api_agrees()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var id = await LeadAsync($"{world.Source}-assign", "재배정");
        await AssignAsync(id, world.RepA);

        var page = await ManagerOnAsync($"/leads/{id}");
        await Assertions.Expect(page.Locator(".lead-state .lead-owner")).ToHaveTextAsync(LeadsWorld.NameA);
        await page.SelectOptionAsync("#assign-rep", world.RepB);
        await page.ClickAsync(".assign-button");
        await Assertions.Expect(page.Locator(".lead-state .lead-owner")).ToHaveTextAsync(LeadsWorld.NameB);
        Assert.Equal(world.RepB, (await LeadsWorld.GetAsync(browser, $"/api/leads/{id}")).GetProperty("ownerId").GetString());
    }

    [ChromiumFact]
    public async Task an_open_lead_page_shows_a_change_made_through_the_api_without_reloading()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var id = await LeadAsync($"{world.Source}-live", "실시간");
        await AssignAsync(id, world.RepA);
        var page = await ManagerOnAsync($"/leads/{id}");
        await Assertions.Expect(page.Locator(".lead-state .lead-owner")).ToHaveTextAsync(LeadsWorld.NameA);
        await AssignAsync(id, world.RepB);
        await Assertions.Expect(page.Locator(".lead-state .lead-owner")).ToHaveTextAsync(LeadsWorld.NameB, new() { Timeout = 5000 });
    }

    [ChromiumFact]
    public async Task a_stage_that_is_not_configured_is_refused_at_the_field()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var id = await LeadAsync($"{world.Source}-stage", "단계");
        var page = await ManagerOnAsync($"/leads/{id}", "de");
        var before = await page.InnerTextAsync(".lead-state .lead-stage");
        await page.Locator(".stage-field input").FillAsync("Gibt es nicht");
        await page.ClickAsync(".stage-button");
        await Assertions.Expect(page.Locator(".stage-action .mud-input-helper-text")).ToHaveTextAsync(Text("de", "ErrorUnknownStage"));
        Assert.Equal(before, await page.InnerTextAsync(".lead-state .lead-stage"));
        Assert.Equal(before, (await LeadsWorld.GetAsync(browser, $"/api/leads/{id}")).GetProperty("stage").GetString());
    }

    [ChromiumFact]
    public async Task the_lead_page_records_an_event_converts_marks_the_deal_won_and_disqualifies_and_the_api_agrees()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var converted = await LeadAsync($"{world.Source}-convert", "전환", custom: new { 導入時期 = "来年春" });
        var dropped = await LeadAsync($"{world.Source}-drop", "실격");
        await AssignAsync(converted, world.RepA);

        var page = await ManagerOnAsync($"/leads/{converted}");
        await Assertions.Expect(page.Locator(".lead-fields tr").Filter(new() { HasText = "導入時期" })).ToContainTextAsync("来年春");
        await page.Locator(".event-type-field input").FillAsync(EventTypes.SeminarAttended);
        await page.ClickAsync(".event-button");
        await Assertions.Expect(page.Locator(".lead-events .event-type").First).ToHaveTextAsync(EventTypes.SeminarAttended);
        await page.Locator(".convert-amount input").FillAsync("1200");
        await page.ClickAsync(".convert-button");
        await Assertions.Expect(page.Locator(".lead-state .lead-status")).ToHaveTextAsync(Text("en", "StatusConverted"));
        await Assertions.Expect(page.Locator(".lead-actions")).ToHaveCountAsync(0);
        await page.ClickAsync(".lead-deal .won-button");
        await Assertions.Expect(page.Locator(".lead-deal .deal-status")).ToHaveTextAsync(Text("en", "DealStatusWon"));
        var deal = (await LeadsWorld.GetAsync(browser, $"/api/deals?lead={converted}")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("won", 1200m), (deal.GetProperty("status").GetString(), deal.GetProperty("amount").GetDecimal()));
        var events = await LeadsWorld.GetAsync(browser, $"/api/leads/{converted}/events");
        Assert.Contains(events.GetProperty("items").EnumerateArray(), ev => ev.GetProperty("type").GetString() == EventTypes.SeminarAttended);

        await page.GotoAsync($"/leads/{dropped}");
        await page.WaitForSelectorAsync(".lead-page[data-interactive=true]");
        await page.ClickAsync(".disqualify-button");
        await Assertions.Expect(page.Locator(".lead-state .lead-status")).ToHaveTextAsync(Text("en", "StatusDisqualified"));
        Assert.Equal("disqualified", (await LeadsWorld.GetAsync(browser, $"/api/leads/{dropped}")).GetProperty("status").GetString());
    }

    [ChromiumFact]
    public async Task the_decision_trail_shows_why_an_out_of_office_rep_and_a_capped_rep_were_passed_over()
    {
        var (id, _) = await PoolDecisionAsync();
        var page = await ManagerOnAsync($"/leads/{id}");
        var trail = page.Locator(".decision-trail");
        await Assertions.Expect(trail).ToContainTextAsync("Out of office until 12/31");
        await Assertions.Expect(trail).ToContainTextAsync("Daily cap 1/1 reached");
        await Assertions.Expect(trail.Locator(".decision-sentence").First).ToContainTextAsync("Assigned to Anna Schulz by workflow 풀 결정 시험 (priority 2)");
        var version = (await LeadsWorld.GetAsync(browser, $"/api/leads/{id}/routing")).GetProperty("decisions").EnumerateArray().Last().GetProperty("configVersion");
        await Assertions.Expect(trail.Locator(".decision-meta a").First).ToHaveAttributeAsync("href", $"/api/config/versions/{version}");
    }

    [ChromiumFact]
    public async Task a_rep_cannot_open_another_reps_lead_but_opens_its_own()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var theirs = await LeadAsync($"{world.Source}-theirs", "남의리드");
        var own = await LeadAsync($"{world.Source}-own", "내리드");
        await AssignAsync(theirs, world.RepB);
        await AssignAsync(own, world.RepA);

        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, "rep", repId: world.RepA);
        var response = await page.GotoAsync($"/leads/{theirs}");
        Assert.Equal(403, response!.Status);
        Assert.Equal(Text("en", "ForbiddenTitle"), await page.InnerTextAsync("h1"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain("남의리드", await page.ContentAsync());

        await page.GotoAsync($"/leads/{own}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("내리드");
        await page.WaitForSelectorAsync(".touch-button");
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_grid_and_a_lead_page_speak_the_viewers_language(string language)
    {
        var world = await LeadsWorld.OfAsync(browser);
        var source = $"{world.Source}-look-{language}";
        await LeadAsync(source, "서연", lastName: "김", company: "한빛소프트 주식회사", custom: new { 導入時期 = "来年春", 관심분야 = "클라우드" });
        await LeadAsync(source, "花子", lastName: "佐藤", company: "北の森株式会社");
        var (id, _) = await PoolDecisionAsync();

        var page = await ManagerOnAsync($"/leads?source={source}", language);
        await Assertions.Expect(page.Locator(".lead-grid tbody tr")).ToHaveCountAsync(2);
        await ConsoleBrowser.SaveScreenshotAsync(page, "leads", language);
        await NoSeriousViolationsAsync(page);
        await NoEnglishAsync(page, language);

        await page.GotoAsync($"/leads/{id}");
        await page.WaitForSelectorAsync(".lead-page[data-interactive=true]");
        await Assertions.Expect(page.Locator(".reason-badge").First).ToBeVisibleAsync();
        await ConsoleBrowser.SaveScreenshotAsync(page, "lead", language);
        await NoSeriousViolationsAsync(page);
        await NoEnglishAsync(page, language);
    }

    [ChromiumFact]
    public async Task a_reps_own_lead_page_fits_a_phone()
    {
        var world = await LeadsWorld.OfAsync(browser);
        var own = await LeadAsync($"{world.Source}-phone", "휴대폰", company: "모바일 주식회사");
        await AssignAsync(own, world.RepB);
        var page = await browser.NewPageAsync("ja", width: 390, height: 844);
        await Person.InvitedAsync(browser, page, "rep", "ja", repId: world.RepB);
        await page.GotoAsync($"/leads/{own}");
        await page.WaitForSelectorAsync(".lead-page[data-interactive=true]");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "lead-phone", "ja");
        await NoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// A pool of three reps of this test's own: one out of office until the end of the year, one whose daily cap of 1 a
    /// first lead filled, one free; a second lead goes to the free one. Answers that lead's id and the pool's id.
    /// </summary>
    private async Task<(string LeadId, string PoolId)> PoolDecisionAsync()
    {
        var tag = "pd" + Guid.NewGuid().ToString("N")[..8];
        using var api = browser.Server.Client();
        await LeadsWorld.PostAsync(api, "/api/reps", new
        {
            id = tag + "-away", name = "Jens Vogel", timeZone = "Asia/Seoul",
            outOfOffice = new[] { new { from = "2026-01-01", to = "2026-12-30" } },
        });
        await LeadsWorld.PostAsync(api, "/api/reps", new { id = tag + "-full", name = "Mia Wolf", timeZone = "Asia/Seoul", capacity = new { perDay = 1 } });
        await LeadsWorld.PostAsync(api, "/api/reps", new { id = tag + "-free", name = "Anna Schulz", timeZone = "Asia/Seoul" });
        object Pool(params string[] members) => new
        {
            id = tag, name = "풀 결정", strategy = "round_robin", members = members.Select(m => new { repId = tag + m }).ToArray(),
            eligibility = new { requireAvailable = false, respectCapacity = true, matchSkills = Array.Empty<string>() }, whenNoneEligible = "unassigned",
        };
        await LeadsWorld.PostAsync(api, "/api/pools", Pool("-away", "-full"));
        await LeadsWorld.PostAsync(api, "/api/workflows", new
        {
            id = tag, name = "풀 결정 시험", priority = 2, stopOnMatch = true, trigger = new { type = "lead.created" },
            conditions = new { all = new[] { new { field = "source", op = "eq", value = tag } } },
            actions = new[] { new { type = "assign", pool = tag } },
        });
        var filler = await LeadAsync(tag, "채움");
        Assert.Equal(tag + "-full", (await LeadsWorld.GetAsync(browser, $"/api/leads/{filler}")).GetProperty("ownerId").GetString());
        var replaced = await api.PutAsJsonAsync($"/api/pools/{tag}", Pool("-away", "-full", "-free"));
        Assert.True(replaced.IsSuccessStatusCode, await replaced.Content.ReadAsStringAsync());
        return (await LeadAsync(tag, "결정"), tag);
    }

    private Task<string> LeadAsync(string source, string firstName, string? lastName = null, string? company = null, string? industry = null, object? custom = null) =>
        LeadsWorld.LeadAsync(browser, new
        {
            firstName, lastName, company, industry, source, email = $"{Guid.NewGuid():N}@example.org", fields = custom,
        });

    private async Task AssignAsync(string leadId, string repId)
    {
        using var api = browser.Server.Client();
        await LeadsWorld.PostAsync(api, $"/api/leads/{leadId}/assign", new { repId });
    }

    private async Task DisqualifyAsync(string leadId)
    {
        using var api = browser.Server.Client();
        var response = await api.PatchAsync($"/api/leads/{leadId}", JsonContent.Create(new { status = "disqualified" }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A signed-in manager's page on <paramref name="path"/>, once the page runs interactively.</summary>
    private async Task<IPage> ManagerOnAsync(string path, string language = "en")
    {
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, page, "manager", language);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-interactive=true]");
        return page;
    }

    private static async Task<string[]> RowNamesAsync(IPage page) =>
        [.. (await page.Locator(".lead-grid tbody tr .lead-link").AllInnerTextsAsync()).Select(name => name.Split(' ')[0])];

    private static async Task NoSeriousViolationsAsync(IPage page)
    {
        var violations = await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static async Task NoEnglishAsync(IPage page, string language)
    {
        var english = await ConsoleBrowser.UntranslatedEnglishAsync(page, language);
        Assert.True(english.Count == 0, string.Join(" | ", english));
    }
}
