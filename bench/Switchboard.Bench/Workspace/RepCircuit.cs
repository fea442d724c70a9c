using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Switchboard.Bench.Workspace;

/// <summary>
/// A rep's workspace as the server sees an open browser tab, without the browser: the prerendered page is read with
/// the rep's sign-in cookie, and its circuit is started over <c>/_blazor</c> as blazor.web.js starts it (StartCircuit,
/// then UpdateRootComponents with the page's component markers and state). Every render batch is acknowledged, every
/// JavaScript call answered (the browser's time zone for the console's own, nothing for MudBlazor's), and the first
/// time a lead id is in a render batch is noted: the moment the card reaches the rep's tab. The server does for it
/// exactly what it does for a tab in Chromium; only the painting is missing, which on a rep's own machine costs this
/// server nothing.
/// </summary>
public sealed partial class RepCircuit : IAsyncDisposable
{
    private const string TimeZone = "Asia/Tokyo";

    private readonly HubConnection _hub;
    private readonly ConcurrentDictionary<string, long> _seen = new();
    /// <summary>Done when the workspace listens for changes (it renders <c>data-live="on"</c> once subscribed); failed when the circuit fails first.</summary>
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RepCircuit(HubConnection hub) => _hub = hub;

    /// <summary>When each lead (id → Unix ms) was first in a render batch of this workspace.</summary>
    public IReadOnlyDictionary<string, long> Seen => _seen;

    /// <summary>Opens the workspace at <c>/</c> for the person whose sign-in <paramref name="cookies"/> carry; returns once it listens for changes.</summary>
    public static async Task<RepCircuit> OpenAsync(Uri server, CookieContainer cookies)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server };
        var page = await http.GetStringAsync("/");
        var markers = Markers().Matches(page).Select(m => m.Groups[1].Value).Where(json => json.Contains("\"descriptor\"")).ToList();
        if (markers.Count == 0) throw new InvalidOperationException("the workspace page has no interactive component: not signed in?");
        var state = State().Match(page) is { Success: true } found ? found.Groups[1].Value : "";

        var builder = new HubConnectionBuilder().WithUrl(new Uri(server, "/_blazor"), options =>
        {
            options.Cookies = cookies;
            options.Transports = HttpTransportType.WebSockets;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPack>();
        var circuit = new RepCircuit(builder.Build());
        await circuit.StartAsync(server, markers, state);
        return circuit;
    }

    private async Task StartAsync(Uri server, List<string> markers, string state)
    {
        _hub.On<long, byte[]>("JS.RenderBatch", RenderedAsync);
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], InvokedAsync);
        _hub.On<string>("JS.Error", error => Fail("JS.Error: " + error));
        _hub.Closed += error =>
        {
            if (error is not null) Fail("closed: " + error.Message);
            return Task.CompletedTask;
        };
        await _hub.StartAsync();
        var circuitId = await _hub.InvokeAsync<string?>("StartCircuit", server.ToString(), server.ToString(), "[]", "");
        if (string.IsNullOrEmpty(circuitId)) throw new InvalidOperationException("the server refused to start the circuit");
        var operations = markers.Select((marker, i) => new { type = "add", ssrComponentId = i + 1, marker = JsonDocument.Parse(marker).RootElement });
        await _hub.SendAsync("UpdateRootComponents", JsonSerializer.Serialize(new { batchId = 1, operations }), state);
        try { await _live.Task.WaitAsync(TimeSpan.FromSeconds(60)); }
        catch (TimeoutException) { throw new TimeoutException("the workspace never said data-live=on"); }
    }

    private async Task RenderedAsync(long batchId, byte[] batch)
    {
        var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (Match lead in LeadIds().Matches(Encoding.UTF8.GetString(batch))) _seen.TryAdd(lead.Value, at);
        if (!_live.Task.IsCompleted && batch.AsSpan().IndexOf("data-live"u8) >= 0) _live.TrySetResult();
        await _hub.SendAsync("OnRenderCompleted", batchId, null);
    }

    /// <summary>Answers a JavaScript call as the browser would: the console's time zone, nothing for the rest.</summary>
    private async Task InvokedAsync(object?[] call)
    {
        var handle = (long)call[0]!;
        if (handle == 0) return; // no answer awaited
        var result = (string?)call[1] == "switchboardConsole.timeZone" ? JsonSerializer.Serialize(TimeZone) : "null";
        await _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
    }

    private void Fail(string error) => _live.TrySetException(new InvalidOperationException(error));

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();

    [GeneratedRegex("ld_[0-9a-f]{32}")]
    private static partial Regex LeadIds();
}
