using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Switchboard.Bench.Workspace;

/// <summary>
/// Reps' workspaces open in Debian's headless Chromium, one browser context (one person, one cookie) each: every rep
/// is invited through the API, sets its password on the invitation page and lands on its workspace. Each page notes
/// (<c>Date.now()</c>) when an element with <c>data-lead-id</c> first appears, so the bench can read when a lead was
/// shown to its rep.
/// </summary>
public sealed class RepConsoles : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string Password = "workspace bench password";

    /// <summary>Runs in every page before its own scripts: the first time each lead card is in the page.</summary>
    private const string SeenScript = """
        window.__seen = {};
        new MutationObserver(records => {
          for (const record of records)
            for (const node of record.addedNodes) {
              if (node.nodeType !== 1) continue;
              const cards = node.matches('[data-lead-id]') ? [node] : node.querySelectorAll('[data-lead-id]');
              for (const card of cards) if (!(card.dataset.leadId in window.__seen)) window.__seen[card.dataset.leadId] = Date.now();
            }
        }).observe(document, { childList: true, subtree: true });
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IPage> _pages = [];

    private RepConsoles(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<RepConsoles> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"needs Debian's Chromium at {ChromiumPath} (apt-get install chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        return new RepConsoles(playwright, browser);
    }

    /// <summary>Invites a user for <paramref name="repId"/>, sets its password in a fresh context and waits for its workspace.</summary>
    public async Task OpenAsync(HttpClient admin, Uri server, string repId)
    {
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            email = $"{repId}-{Guid.NewGuid():N}@bench.example", name = $"Rep {repId}", role = "rep", repId,
            language = "en", timeZone = "Asia/Tokyo", invite = true,
        });
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"POST /api/users answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        var link = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inviteUrl").GetString()!;

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.AddInitScriptAsync(SeenScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.ClickAsync(".account-form button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await WorkspaceReadyAsync(page);
        _pages.Add(page);
    }

    /// <summary>The workspace is interactive: its circuit is up and it listens for changes (<c>data-live="on"</c>).</summary>
    private static async Task WorkspaceReadyAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForSelectorAsync(".workspace[data-live=on]", new() { Timeout = 60_000 });
    }

    /// <summary>When each lead was first shown (Unix ms) in any of the open workspaces.</summary>
    public async Task<Dictionary<string, long>> SeenAsync()
    {
        var seen = new Dictionary<string, long>();
        foreach (var page in _pages)
            foreach (var (id, at) in await page.EvaluateAsync<Dictionary<string, long>>("() => window.__seen"))
                seen[id] = seen.TryGetValue(id, out var earlier) ? Math.Min(earlier, at) : at;
        return seen;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
