using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Switchboard.Server.Tests;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// Routing of the workspace tests' own, beside the demo organisation's and unseen by other tests (leads reach it only
/// by their source): a pool with a first-touch SLA and a task due today (park), a pool to re-route within (suzuki, tanaka), and a shark-tank
/// pool (kim, mueller, park). Written idempotently through the API by every test that needs it.
/// </summary>
public static class WorkRouting
{
    public const string Sla = "work-sla", Relay = "work-relay", Claim = "work-claim";

    private static readonly object Everyone = new { requireAvailable = false, respectCapacity = false, matchSkills = Array.Empty<string>() };

    private static readonly (string Id, object Pool)[] Pools =
    [
        (Sla, new
        {
            id = Sla, name = "SLA desk", strategy = "round_robin", members = new[] { new { repId = "park" } }, eligibility = Everyone,
            whenNoneEligible = "unassigned", sla = new { firstTouch = "PT30M", onBreach = "notify" },
        }),
        (Relay, new
        {
            id = Relay, name = "Relay desk", strategy = "round_robin", members = new[] { new { repId = "suzuki" }, new { repId = "tanaka" } },
            eligibility = Everyone, whenNoneEligible = "unassigned",
        }),
        (Claim, new
        {
            id = Claim, name = "Shark tank", strategy = "shark_tank", members = new[] { new { repId = "kim" }, new { repId = "mueller" }, new { repId = "park" } },
            eligibility = Everyone, whenNoneEligible = "unassigned", claimWindow = "PT1H", afterWindow = "round_robin", maxOpenClaims = 500,
        }),
    ];

    public static Task EnsureAsync(ConsoleBrowser browser) => EnsureAsync(browser.Server);

    public static async Task EnsureAsync(ServerProcess server)
    {
        using var api = server.Client();
        foreach (var (id, pool) in Pools)
        {
            await OkAsync(await api.PutAsJsonAsync($"/api/pools/{id}", pool));
            await OkAsync(await api.PutAsJsonAsync($"/api/workflows/{id}", new
            {
                id, name = $"{id} → {id}", priority = 1, stopOnMatch = true, trigger = new { type = "lead.created" },
                conditions = new { all = new[] { new { field = "source", op = "eq", value = id } } },
                actions = id == Sla
                    ? new object[] { new { type = "assign", pool = id }, new { type = "create_task", title = "Hanbit follow-up", due = "end_of_day" } }
                    : [new { type = "assign", pool = id }],
            }));
        }
    }

    /// <summary>A lead of a unique name from <paramref name="source"/>, as the API answers it.</summary>
    public static Task<JsonElement> LeadAsync(ConsoleBrowser browser, string source, string company = "Hanbit Logistics") =>
        LeadAsync(browser.Server, source, company);

    public static async Task<JsonElement> LeadAsync(ServerProcess server, string source, string company = "Hanbit Logistics")
    {
        using var api = server.Client();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var created = await api.PostAsJsonAsync("/api/leads", new
        {
            firstName = "Mina", lastName = $"Cho {unique}", email = $"mina-{unique}@hanbit.example", company, source,
        });
        await OkAsync(created);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> GetAsync(ConsoleBrowser browser, string path) => GetAsync(browser.Server, path);

    public static async Task<JsonElement> GetAsync(ServerProcess server, string path)
    {
        using var api = server.Client();
        var answer = await api.GetAsync(path);
        await OkAsync(answer);
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A rep person signed in on a fresh page, its workspace open and listening.</summary>
    public static async Task<IPage> WorkspaceAsync(ConsoleBrowser browser, string repId, string language = "en", int width = 1280, int height = 800) =>
        await OpenWorkspaceAsync(await browser.NewPageAsync(language, width, height), browser.Server, repId, language);

    /// <summary>A rep person of <paramref name="server"/> signed in on <paramref name="page"/>, its workspace open and listening.</summary>
    public static async Task<IPage> OpenWorkspaceAsync(IPage page, ServerProcess server, string repId, string language = "en")
    {
        await Person.InvitedAsync(server, page, "rep", language, repId);
        await page.WaitForSelectorAsync(".workspace[data-live=on]");
        return page;
    }

    /// <summary>
    /// The lead's owner once it has one: a click in the page returns before the server has handled it, so the claim it
    /// sent may still be on its way. Null after 10 s without an owner.
    /// </summary>
    public static async Task<string?> OwnerOnceClaimedAsync(ServerProcess server, string leadId)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            if ((await GetAsync(server, $"/api/leads/{leadId}")).GetProperty("ownerId").GetString() is { } owner) return owner;
            await Task.Delay(100);
        }
        return null;
    }

    private static async Task OkAsync(HttpResponseMessage answer) =>
        Assert.True(answer.IsSuccessStatusCode, $"{answer.RequestMessage?.RequestUri}: {answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
}
