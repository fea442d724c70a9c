using Deque.AxeCore.Playwright;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Switchboard.Server.Tests;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// The real server as a process (SQLite in a temporary directory) and Debian's headless Chromium driven by Playwright,
/// shared by the browser tests. Playwright's own browser download is never used.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    public const string MissingChromium = Chromium.Missing;
    public static bool ChromiumInstalled => Chromium.Installed;

    /// <summary>Where each test leaves its screenshots: TestResults/screenshots/&lt;page&gt;-&lt;language&gt;.png under the test output.</summary>
    public static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private Chromium? _chromium;

    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!ChromiumInstalled) return;
        // The demo organisation gives the reps that rep users are bound to.
        Server = await ServerProcess.StartAsync(settings: new Dictionary<string, string> { ["SWITCHBOARD_DEMO"] = "true" });
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser (no cookies) whose person reads <paramref name="language"/> (its Accept-Language), at 1280×800.</summary>
    public Task<IPage> NewPageAsync(string language = "en", int width = 1280, int height = 800) =>
        _chromium!.NewPageAsync(Server.Address, language, width, height);

    public static async Task SaveScreenshotAsync(IPage page, string name, string language)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}-{language}.png"), FullPage = true });
    }

    /// <summary>
    /// The serious and critical axe-core violations on the page, one line each, once it has settled: it has its title and
    /// no transition runs. A button enabled a moment ago (after the first interactive render) still fades between colours,
    /// and axe measured its contrast half-way; the head's title is put back a moment after the interactive page takes over.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("document.title.length > 0 && document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}")];
    }

    /// <summary>
    /// The English texts the page shows although <paramref name="language"/> translates them differently (from every
    /// text file of the console); empty when the page speaks the language.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UntranslatedEnglishAsync(IPage page, string language)
    {
        var shown = await page.InnerTextAsync("body");
        var translated = TextsTests.Entries(language);
        return [.. TextsTests.Entries(Localization.Languages.Default)
            .Where(english => english.Value != translated[english.Key]
                && Regex.Split(english.Value, @"\{\d+\}").Select(part => part.Trim()).Where(part => part.Length > 0) is var parts
                && parts.Any() && parts.All(part => Shows(shown, part)))
            .Select(english => english.Value)];
    }

    /// <summary>The text holds <paramref name="part"/> as words of its own ("Starts" is not in "Startseite").</summary>
    private static bool Shows(string text, string part) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(part)}(?![\p{{L}}\p{{N}}])");

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (Server is not null) await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ConsoleBrowser>
{
    public const string Name = "browser";
}
