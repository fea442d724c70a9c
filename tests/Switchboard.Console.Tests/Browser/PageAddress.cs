using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// Waiting for a page to reach an address and load, as <c>WaitForURLAsync</c> means to, without its race: it reads the
/// address the .NET client last heard of, then starts listening for navigations, and a navigation heard between the two
/// is lost, so the wait runs out although the page is there (microsoft/playwright-dotnet#3364; the leads grid's sort met
/// it in 4 of 25 runs on a loaded machine, its load state in 1 more). Here Playwright's driver checks the address again
/// until it matches, and the page itself is asked whether it has loaded: there is no event to miss.
/// </summary>
public static class PageAddress
{
    /// <summary>As long as Playwright waits for a navigation.</summary>
    private const float Patience = 30_000;

    /// <summary>Waits until the address's path is <paramref name="path"/> ("/users"), with any query.</summary>
    public static Task ReachesPathAsync(this IPage page, string path) =>
        page.ReachesAsync(new Regex($"^[a-z]+://[^/]+{Regex.Escape(path)}(?:[?#].*)?$"));

    /// <summary>Waits until the address's path and query are <paramref name="pathAndQuery"/> ("/queues?view=unassigned").</summary>
    public static Task ReachesAddressAsync(this IPage page, string pathAndQuery) =>
        page.ReachesAsync(new Regex($"^[a-z]+://[^/]+{Regex.Escape(pathAndQuery)}(?:#.*)?$"));

    /// <summary>Waits until the address holds <paramref name="part"/> ("sort=score").</summary>
    public static Task ReachesAddressWithAsync(this IPage page, string part) => page.ReachesAsync(new Regex(Regex.Escape(part)));

    /// <summary>Waits until the address no longer holds <paramref name="part"/> ("cursor=").</summary>
    public static Task ReachesAddressWithoutAsync(this IPage page, string part) => page.ReachesAsync(new Regex(Regex.Escape(part)), matching: false);

    private static async Task ReachesAsync(this IPage page, Regex address, bool matching = true)
    {
        var url = matching ? Assertions.Expect(page) : Assertions.Expect(page).Not;
        await url.ToHaveURLAsync(address, new() { Timeout = Patience });
        await page.WaitForFunctionAsync("document.readyState === 'complete'", null, new() { Timeout = Patience });
    }
}
