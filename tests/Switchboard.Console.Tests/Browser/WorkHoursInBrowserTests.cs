using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

/// <summary>A rep's working hours, set in its workspace (demo rep suzuki's hours are restored after each test).</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkHoursInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public Task hours_saved_for_a_day_are_the_reps_working_hours_in_the_api() => InSuzukisWorkspaceAsync(async (page, _) =>
    {
        await page.FillAsync("#hours-tue", "10:00-12:00, 13:00-16:30");
        await page.ClickAsync("[data-hours-save]");

        await Expect(page.Locator("[role=status]", new() { HasText = Text("en", "AvailabilitySaved") })).ToBeVisibleAsync();
        var tuesday = (await HoursAsync())!["tue"]!.AsArray().Select(range => $"{range![0]}-{range[1]}");
        Assert.Equal(["10:00-12:00", "13:00-16:30"], tuesday);
    });

    [ChromiumFact]
    public Task a_day_that_is_no_time_range_is_refused_at_its_field_and_nothing_is_saved() => InSuzukisWorkspaceAsync(async (page, before) =>
    {
        await page.FillAsync("#hours-wed", "9 to 5");
        await page.ClickAsync("[data-hours-save]");

        await Expect(page.Locator("#hours-wed")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#hours-wed-error")).ToHaveTextAsync(Text("en", "ErrorHours"));
        Assert.Equal(before?.ToJsonString(), (await HoursAsync())?.ToJsonString());
    });

    /// <summary>Runs <paramref name="test"/> in suzuki's open workspace with its hours before, and puts those hours back after.</summary>
    private async Task InSuzukisWorkspaceAsync(Func<IPage, JsonObject?, Task> test)
    {
        var before = await HoursAsync();
        var page = await WorkRouting.WorkspaceAsync(browser, "suzuki");
        try
        {
            await test(page, before);
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    private async Task<JsonObject?> HoursAsync() =>
        JsonNode.Parse((await WorkRouting.GetAsync(browser, "/api/reps/suzuki")).GetRawText())!["workingHours"] as JsonObject;

    private async Task RestoreAsync(JsonObject? hours)
    {
        using var api = browser.Server.Client();
        var body = new JsonObject { ["workingHours"] = hours?.DeepClone() };
        (await api.PatchAsJsonAsync("/api/reps/suzuki", body)).EnsureSuccessStatusCode();
    }
}
