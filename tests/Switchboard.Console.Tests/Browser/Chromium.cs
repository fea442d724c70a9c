using Microsoft.Playwright;

namespace Switchboard.Web.Tests.Browser;

/// <summary>Debian's headless Chromium driven by Playwright (never Playwright's own browser download).</summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Path = "/usr/bin/chromium";
    public const string Missing = "needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-cjk)";
    public static bool Installed => File.Exists(Path);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return new Chromium(playwright, await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true }));
    }

    /// <summary>A fresh browser context (no cookies) on <paramref name="server"/> whose person reads <paramref name="language"/> (its Accept-Language).</summary>
    public async Task<IPage> NewPageAsync(Uri server, string language, int width, int height)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            Locale = language,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
