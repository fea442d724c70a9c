using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Switchboard.Bench.Workspace;

/// <summary>
/// Reps' workspaces: every rep is invited through the API and sets its password on the invitation page in Debian's
/// headless Chromium, one browser context (one person, one cookie) each. Its workspace then stays open either in that
/// page, which notes (<c>Date.now()</c>) when an element with <c>data-lead-id</c> first appears, or as a
/// <see cref="RepCircuit"/> with the same cookie, which notes when a lead's id first arrives in a render batch.
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
    private readonly List<RepCircuit> _circuits = [];

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

    /// <summary>
    /// Invites a user for <paramref name="repId"/>, sets its password in a fresh context and waits for its workspace, which
    /// stays open in the page (<paramref name="inBrowser"/>) or, with the page closed, as a circuit without a browser.
    /// </summary>
    public async Task OpenAsync(HttpClient admin, Uri server, string repId, bool inBrowser)
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
        if (inBrowser)
        {
            _pages.Add(page);
            return;
        }
        var cookies = new CookieContainer();
        foreach (var cookie in await context.CookiesAsync()) cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        await context.CloseAsync();
        _circuits.Add(await RepCircuit.OpenAsync(server, cookies));
    }

    /// <summary>The workspace is interactive: its circuit is up and it listens for changes (<c>data-live="on"</c>).</summary>
    private static async Task WorkspaceReadyAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForSelectorAsync(".workspace[data-live=on]", new() { Timeout = 60_000 });
    }

    /// <summary>When each lead was first shown (Unix ms) in an open workspace, and whether that was a browser's page.</summary>
    public async Task<Dictionary<string, (long At, bool InBrowser)>> SeenAsync()
    {
        var seen = new Dictionary<string, (long At, bool InBrowser)>();
        void Note(string id, long at, bool inBrowser)
        {
            if (!seen.TryGetValue(id, out var earlier) || at < earlier.At) seen[id] = (at, inBrowser);
        }
        foreach (var page in _pages)
            foreach (var (id, at) in await page.EvaluateAsync<Dictionary<string, long>>("() => window.__seen")) Note(id, at, true);
        foreach (var circuit in _circuits)
            foreach (var (id, at) in circuit.Seen) Note(id, at, false);
        return seen;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var circuit in _circuits) await circuit.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
