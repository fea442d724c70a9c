using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Switchboard.Web.Pages.Work;
using Switchboard.Web.Resources;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

/// <summary>The SLA countdown ticks in the browser (console.js) in the words the server writes it with.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkCountdownInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    private static readonly Duration[] Lefts =
    [
        Duration.FromSeconds(754), Duration.FromMilliseconds(59_001), Duration.FromSeconds(3723), Duration.FromMilliseconds(1),
        Duration.Zero, -Duration.FromSeconds(200), -Duration.FromMinutes(1500),
    ];

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_browsers_countdown_reads_as_the_servers(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var texts = WorkTexts(culture);
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync("/signin");

        foreach (var left in Lefts)
        {
            var shown = await page.EvaluateAsync<string>("a => window.switchboardConsole.slaCountdown(a[0], a[1], a[2], a[3], a[4])",
                new object[] { left.TotalMilliseconds, texts["SlaLeft"].Value, texts["SlaOverdue"].Value, culture.DateTimeFormat.TimeSeparator, culture.Name });
            Assert.Equal(Countdown.Format(left, texts, culture), shown);
        }
    }

    [ChromiumFact]
    public async Task a_leads_countdown_ticks_without_the_server()
    {
        await WorkRouting.EnsureAsync(browser);
        var page = await WorkRouting.WorkspaceAsync(browser, "park");
        var id = (await WorkRouting.LeadAsync(browser, WorkRouting.Sla)).GetProperty("id").GetString()!;
        var countdown = page.Locator($"[data-lead-id='{id}'] .sla-countdown");
        await Expect(countdown).ToContainTextAsync("left");
        var first = await countdown.TextContentAsync();

        await Expect(countdown).Not.ToHaveTextAsync(first!, new() { Timeout = 3000 });
        await Expect(countdown).ToContainTextAsync("left");
    }

    private static IStringLocalizer WorkTexts(CultureInfo culture)
    {
        CultureInfo.CurrentUICulture = culture;
        return new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(WorkText));
    }
}
