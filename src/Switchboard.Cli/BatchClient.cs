using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Switchboard.Cli;

/// <summary>
/// Sends chunks to <c>POST /api/leads/batch</c> as NDJSON with an <c>Idempotency-Key</c> per chunk, so a
/// chunk sent again after a network error or a 5xx replays what the first attempt created instead of
/// creating it twice. Other refusals (bad key, bad request) fail the import.
/// </summary>
public sealed class BatchClient(HttpClient http, string runId)
{
    public const string Path = "/api/leads/batch";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    public static HttpClient Http(Uri server, string? key)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromMinutes(5),
        };
        if (key is { Length: > 0 }) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <exception cref="ImportFailedException">The server refused the chunk, or kept failing.</exception>
    public async Task<IReadOnlyList<ItemResult>> SendAsync(LeadChunk chunk, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TrySendAsync(chunk, ct);
            }
            catch (Exception error) when (IsTransient(error, ct) && attempt < Backoff.Length)
            {
                await Task.Delay(Backoff[attempt], ct);
            }
            catch (Exception error) when (IsTransient(error, ct))
            {
                throw new ImportFailedException($"chunk {chunk.Number} (rows {chunk.Rows[0]}–{chunk.Rows[^1]}) failed {attempt + 1} times: {error.Message}", error);
            }
        }
    }

    private async Task<IReadOnlyList<ItemResult>> TrySendAsync(LeadChunk chunk, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ReadOnlyMemoryContent(chunk.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson") { CharSet = "utf-8" };
        request.Headers.Add("Idempotency-Key", $"import-{runId}-{chunk.Number}");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(ct);
            var message = $"{Path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(problem)}";
            throw (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                ? new HttpRequestException(message, null, response.StatusCode)
                : new ImportFailedException(message, exit: ExitCodes.Of(response.StatusCode));
        }
        var results = new List<ItemResult>(chunk.Count);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        while (await reader.ReadLineAsync(ct) is { } line)
            if (line.Length > 0) results.Add(JsonSerializer.Deserialize<ItemResult>(line, Json)!);
        if (results.Count != chunk.Count)
            throw new HttpRequestException($"{Path} answered {results.Count} results for {chunk.Count} leads (the answer was cut off)");
        return results;
    }

    private static bool IsTransient(Exception error, CancellationToken ct) =>
        error is HttpRequestException or IOException || (error is TaskCanceledException && !ct.IsCancellationRequested);

    private static string Shorten(string text) => text.Length > 500 ? text[..500] + "…" : text;
}

/// <summary>The import cannot go on (the message says why); rows already answered stay imported.</summary>
/// <param name="exit">The exit code it ends the import with: <see cref="ExitCodes.KeyRefused"/> for a refused key, else <see cref="ExitCodes.Failed"/>.</param>
public sealed class ImportFailedException(string message, Exception? inner = null, int exit = ExitCodes.Failed) : Exception(message, inner)
{
    public int Exit { get; } = exit;
}
