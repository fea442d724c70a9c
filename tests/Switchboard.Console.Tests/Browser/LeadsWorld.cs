using System.Net.Http.Json;
using System.Text.Json;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// Reps, a pool and a workflow of the leads tests' own, added through the API once per server: a lead whose source
/// starts with <see cref="Source"/> goes to these reps (never to the demo reps other tests rely on).
/// </summary>
public sealed class LeadsWorld
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LeadsWorld? _made;

    public string Source { get; }
    public string RepA => Source + "-a";
    public string RepB => Source + "-b";
    public const string NameA = "윤서연";
    public const string NameB = "山田 美咲";

    private static readonly JsonSerializerOptions WithoutNulls = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private LeadsWorld(string source) => Source = source;

    public static async Task<LeadsWorld> OfAsync(ConsoleBrowser browser)
    {
        await Gate.WaitAsync();
        try
        {
            if (_made is not null) return _made;
            var world = new LeadsWorld("lw" + Guid.NewGuid().ToString("N")[..8]);
            using var api = browser.Server.Client();
            await PostAsync(api, "/api/reps", new { id = world.RepA, name = NameA, timeZone = "Asia/Seoul" });
            await PostAsync(api, "/api/reps", new { id = world.RepB, name = NameB, timeZone = "Asia/Tokyo" });
            await PostAsync(api, "/api/pools", new
            {
                id = world.Source, name = "Leads tests", strategy = "round_robin",
                members = new[] { new { repId = world.RepA }, new { repId = world.RepB } },
                eligibility = new { requireAvailable = false, respectCapacity = false, matchSkills = Array.Empty<string>() },
                whenNoneEligible = "unassigned",
            });
            await PostAsync(api, "/api/workflows", new
            {
                id = world.Source, name = "리드 테스트 → 전용 풀", priority = 1, stopOnMatch = true, trigger = new { type = "lead.created" },
                conditions = new { all = new[] { new { field = "source", op = "starts_with", value = world.Source } } },
                actions = new[] { new { type = "assign", pool = world.Source } },
            });
            return _made = world;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates a lead (admin key) and answers its id.</summary>
    public static async Task<string> LeadAsync(ConsoleBrowser browser, object lead)
    {
        using var api = browser.Server.Client();
        var created = await PostAsync(api, "/api/leads", lead);
        return created.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body, WithoutNulls);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetAsync(ConsoleBrowser browser, string path)
    {
        using var api = browser.Server.Client();
        return JsonDocument.Parse(await api.GetStringAsync(path)).RootElement.Clone();
    }
}
