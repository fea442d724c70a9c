using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Switchboard.Server.Tests;

/// <summary>
/// A client of <c>GET /api/changes</c>: opens the stream, waits for its "subscribed" comment (from then on every change
/// reaches it), and reads events and comments as they come, each stamped with when it arrived.
/// </summary>
public sealed class ChangeStreamClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HttpResponseMessage _response;
    private readonly Channel<StreamItem> _items = Channel.CreateUnbounded<StreamItem>();
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    private ChangeStreamClient(HttpResponseMessage response) => _response = response;

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<ChangeStreamClient> OpenAsync(HttpClient client, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/changes");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = new ChangeStreamClient(response);
        stream._pump = stream.PumpAsync(new StreamReader(await response.Content.ReadAsStreamAsync()));
        await stream.NextAsync(item => item.Comment == "subscribed");
        return stream;
    }

    /// <summary>The next item that matches (the ones before it are skipped); fails after a minute.</summary>
    public async Task<StreamItem> NextAsync(Func<StreamItem, bool> match)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var item = await _items.Reader.ReadAsync(patience.Token);
            if (match(item)) return item;
        }
    }

    /// <summary>The next event of this kind about this lead.</summary>
    public Task<StreamItem> NextEventAsync(string kind, string? leadId = null) =>
        NextAsync(item => item.Kind == kind && (leadId is null || item.Data.Str("leadId") == leadId));

    /// <summary>The events read so far and not yet taken, without waiting.</summary>
    public List<StreamItem> Pending()
    {
        var items = new List<StreamItem>();
        while (_items.Reader.TryRead(out var item)) items.Add(item);
        return items;
    }

    private async Task PumpAsync(StreamReader reader)
    {
        string? id = null, kind = null, data = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(':')) _items.Writer.TryWrite(new StreamItem(null, null, null, line[1..].Trim(), Stopwatch.GetTimestamp()));
                else if (line.StartsWith("id: ")) id = line[4..];
                else if (line.StartsWith("event: ")) kind = line[7..];
                else if (line.StartsWith("data: ")) data = line[6..];
                else if (line.Length == 0 && kind is not null)
                {
                    _items.Writer.TryWrite(new StreamItem(kind, id, JsonNode.Parse(data!)!.AsObject(), null, Stopwatch.GetTimestamp()));
                    (id, kind, data) = (null, null, null);
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or HttpRequestException)
        {
        }
        finally
        {
            _items.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _pump;
        _stop.Dispose();
    }
}

/// <summary>An event (<see cref="Kind"/>, <see cref="Id"/>, <see cref="Data"/>) or a comment, and when it arrived (Stopwatch ticks).</summary>
public sealed record StreamItem(string? Kind, string? Id, JsonObject? Data, string? Comment, long ArrivedAt);
