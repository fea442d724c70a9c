using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// Leads that wait in the shared demo server without touching the demo's routing: a workflow sends leads of source
/// <c>ops-parked</c> to a pool of 田中 (tanaka) alone, who rejects them, so nobody in that pool may take them and they
/// are left unassigned (the demo's fallback pool would take a lead no pool left waiting on creation); leads of source
/// <c>ops-waiting</c> go to a pool whose only member weighs 0, which queues them. Pool names are no English word the
/// console translates. Both are added once through the API; other leads never match them.
/// </summary>
internal static class QueuesParking
{
    public const string Parked = "ops-parked";
    public const string Waiting = "ops-waiting";
    public const string ParkedPoolName = "Ω-Parkbucht";
    public const string WaitingPoolName = "Ω-Warteraum";

    public static async Task EnsureAsync(ConsoleBrowser browser)
    {
        using var api = browser.Server.Client();
        await PutOnceAsync(api, $"/api/pools/{Parked}", $$"""{"name":"{{ParkedPoolName}}","strategy":"round_robin","members":[{"repId":"tanaka"}],"whenNoneEligible":"unassigned"}""");
        await PutOnceAsync(api, $"/api/pools/{Waiting}", $$"""{"name":"{{WaitingPoolName}}","strategy":"weighted_round_robin","members":[{"repId":"tanaka","weight":0}],"whenNoneEligible":"queue"}""");
        foreach (var source in new[] { Parked, Waiting })
            await PutOnceAsync(api, $"/api/workflows/{source}", $$"""
                {"name":"Ω {{source}}","priority":1,"stopOnMatch":true,"trigger":{"type":"lead.created","source":"{{source}}"},
                 "actions":[{"type":"assign","pool":"{{source}}"}]}
                """);
    }

    /// <summary>
    /// A waiting lead of <paramref name="source"/> (parked: unassigned after 田中 rejected it; waiting: queued) named
    /// only by a unique family name, so every language shows the same name.
    /// </summary>
    public static async Task<(string Id, string Name)> LeadAsync(ConsoleBrowser browser, string source = Parked)
    {
        var name = "박" + Guid.NewGuid().ToString("N")[..6];
        using var api = browser.Server.Client();
        var created = await api.PostAsJsonAsync("/api/leads", new { lastName = name, email = $"{name}@example.kr", source });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        if (source == Parked)
        {
            var rejected = await api.PostAsJsonAsync($"/api/leads/{id}/reject", new { reason = "wrong_fit" });
            Assert.True(rejected.IsSuccessStatusCode, await rejected.Content.ReadAsStringAsync());
        }
        return (id, name);
    }

    public static async Task<string?> OwnerOfAsync(ConsoleBrowser browser, string leadId)
    {
        using var api = browser.Server.Client();
        var lead = await api.GetFromJsonAsync<JsonElement>($"/api/leads/{leadId}");
        return lead.TryGetProperty("ownerId", out var owner) && owner.ValueKind == JsonValueKind.String ? owner.GetString() : null;
    }

    private static async Task PutOnceAsync(HttpClient api, string path, string json)
    {
        if ((await api.GetAsync(path)).StatusCode == HttpStatusCode.OK) return;
        var saved = await api.PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(saved.IsSuccessStatusCode, $"{path}: {await saved.Content.ReadAsStringAsync()}");
    }
}
