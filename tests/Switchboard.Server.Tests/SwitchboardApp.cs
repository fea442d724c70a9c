using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;
using Switchboard.Server.Delivery;
using Switchboard.Server.Timers;

namespace Switchboard.Server.Tests;

/// <summary>
/// The real server in-process (WebApplicationFactory) on a fresh database: SQLite in a temp
/// directory, or PostgreSQL when a connection string is given. Demo data off unless asked for.
/// Behaviour in time runs on a <see cref="FakeClock"/> when one is given: <see cref="AdvanceAsync"/> moves it on.
/// </summary>
public sealed class SwitchboardApp : WebApplicationFactory<Program>
{
    public const string AdminKey = "sb_test_admin_key";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "switchboard-test-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string? _postgres;
    private readonly bool _demo;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly FakeClock? _clock;

    public SwitchboardApp(string? postgres = null, bool demo = false, IReadOnlyDictionary<string, string>? settings = null, FakeClock? clock = null)
    {
        _postgres = postgres;
        _demo = demo;
        _settings = settings ?? new Dictionary<string, string>();
        _clock = clock;
    }

    /// <summary>A fake clock at Monday 2026-12-07 10:00 in Seoul and Tokyo (01:00 UTC); it moves only when advanced.</summary>
    public static FakeClock StoppedClock() => new(Instant.FromUtc(2026, 12, 7, 1, 0));

    /// <summary>
    /// Moves the fake clock on and waits until every timer due by then has fired and every message due by then has
    /// been attempted (their effects committed). Deliveries in flight finish first: a jump past their lease would
    /// let another lane take them again.
    /// </summary>
    public async Task AdvanceAsync(Duration by)
    {
        var clock = _clock ?? throw new InvalidOperationException("this server runs on the system clock");
        await Worker<OutboxWorker>().AllDueDeliveredAsync().WaitAsync(Patience);
        clock.Advance(by);
        await AllDueDoneAsync();
    }

    /// <summary>Waits until every timer due by the clock's current time has fired and every message due by then has been attempted.</summary>
    public async Task AllDueDoneAsync()
    {
        await Worker<TimerWorker>().AllDueFiredAsync().WaitAsync(Patience);
        await Worker<OutboxWorker>().AllDueDeliveredAsync().WaitAsync(Patience);
    }

    /// <summary>How long a wait for the workers may take before the test fails: generous, since the machine may be loaded.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private T Worker<T>() => Services.GetServices<IHostedService>().OfType<T>().Single();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Switchboard:DataDir", _dataDir);
        builder.UseSetting("Switchboard:Demo", _demo ? "true" : "false");
        builder.UseSetting("SWITCHBOARD_ADMIN_KEY", AdminKey);
        builder.UseSetting("SWITCHBOARD_DB", _postgres ?? "");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_clock is not null) builder.ConfigureTestServices(services => services.AddSingleton<IClock>(_clock));
    }

    public HttpClient Admin() => WithKey(AdminKey);

    public HttpClient Anonymous() => CreateClient();

    public HttpClient WithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Creates an API key with a role (and rep) and returns a client using it.</summary>
    public async Task<HttpClient> ClientFor(string role, string? repId = null)
    {
        var response = await Admin().PostAsJsonAsync("/api/keys", new { name = role, role, repId });
        response.EnsureSuccessStatusCode();
        var key = (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
        return WithKey(key);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public static class HttpJson
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json) => client.PostAsync(url, Body(json));

    /// <summary>POST with an Idempotency-Key header.</summary>
    public static async Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Body(json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, string json) => client.PutAsync(url, Body(json));

    public static Task<HttpResponseMessage> PatchJson(this HttpClient client, string url, string json) => client.PatchAsync(url, Body(json));

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonNode> JsonNodeOf(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string? Str(this JsonNode? node, string key) => node?[key]?.GetValue<string>();
}
