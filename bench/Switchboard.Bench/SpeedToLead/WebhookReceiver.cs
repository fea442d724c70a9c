using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Switchboard.Bench.SpeedToLead;

/// <summary>
/// A local webhook receiver (HttpListener on 127.0.0.1): for each request, the lead id from the JSON
/// body (<c>lead.id</c>) and its arrival time, both as a Stopwatch timestamp and as UTC wall-clock time.
/// Answers 200 at once; several accept loops so a burst is not serialised behind one.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Arrival> _arrivals = new(StringComparer.Ordinal);
    private int _requests;
    private int _unreadable;

    public WebhookReceiver(int acceptLoops = 16)
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        for (var i = 0; i < acceptLoops; i++) _ = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hook";
    public int Requests => Volatile.Read(ref _requests);
    public int Unreadable => Volatile.Read(ref _unreadable);
    public int Distinct => _arrivals.Count;

    public bool TryGet(string leadId, out Arrival arrival) => _arrivals.TryGetValue(leadId, out arrival);

    /// <summary>Waits until every id in <paramref name="ids"/> has arrived or the timeout passes; returns how many arrived.</summary>
    public async Task<int> WaitForAsync(IReadOnlyCollection<string> ids, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        int Count() => ids.Count(id => _arrivals.ContainsKey(id));
        while (Stopwatch.GetTimestamp() < deadline && Count() < ids.Count) await Task.Delay(100);
        return Count();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            var arrival = new Arrival(Stopwatch.GetTimestamp(), DateTime.UtcNow);
            Interlocked.Increment(ref _requests);
            try
            {
                var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                var (id, sentAt) = Read(body.GetBuffer().AsSpan(0, (int)body.Length));
                if (id is not null) _arrivals.TryAdd(id, arrival with { At = sentAt });
                else Interlocked.Increment(ref _unreadable);
                context.Response.StatusCode = 200;
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _unreadable);
                context.Response.StatusCode = 400;
            }
            context.Response.Close();
        }
    }

    /// <summary>The <c>lead.id</c> of a webhook body, and its <c>at</c> (when the server made the message).</summary>
    private static (string? LeadId, DateTime? At) Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var inLead = false;
        (string? id, DateTime? at) found = default;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            if (reader.CurrentDepth == 1 && reader.ValueTextEquals("at"u8))
            {
                reader.Read();
                if (reader.TryGetDateTime(out var at)) found.at = at.ToUniversalTime();
            }
            else if (reader.CurrentDepth == 1) inLead = reader.ValueTextEquals("lead"u8);
            else if (inLead && reader.CurrentDepth == 2 && reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                found.id = reader.GetString();
            }
        }
        return found;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public void Dispose() => _listener.Close();

    /// <param name="At">The message's own <c>at</c>: when the server's routing step made it (for a timer: when it fired).</param>
    public readonly record struct Arrival(long Timestamp, DateTime Utc, DateTime? At = null);
}
