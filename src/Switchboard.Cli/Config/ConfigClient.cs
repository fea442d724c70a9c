using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Lint;
using Switchboard.Engine.Model;

namespace Switchboard.Cli.Config;

/// <summary>The configuration endpoints as the <c>config</c> commands use them. Failures come back as <see cref="ConfigCommandException"/>.</summary>
public sealed class ConfigClient(HttpClient http) : IDisposable
{
    public static ConfigClient For(Uri server, string? key) => new(BatchClient.Http(server, key));

    /// <summary>The live configuration document exactly as the server answers it (secrets redacted), with its version.</summary>
    public async Task<JsonObject> LiveDocumentAsync(CancellationToken ct)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/config"), ct);
        return await ReadObjectAsync(response, ct);
    }

    public static RoutingConfig Parse(JsonObject document) => document.Deserialize<RoutingConfig>(EngineJson.Options)!;

    /// <summary>The history, newest first.</summary>
    public async Task<List<VersionEntry>> VersionsAsync(CancellationToken ct)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/config/versions"), ct);
        var items = (await ReadObjectAsync(response, ct))["items"]?.Deserialize<List<VersionEntry>>(EngineJson.Options);
        return items ?? [];
    }

    /// <summary>
    /// Lint findings for a draft, or null when the server has no lint endpoint (older servers) or cannot lint it
    /// (the PUT answers for a draft that does not read).
    /// </summary>
    public async Task<List<LintFinding>?> LintAsync(string document, CancellationToken ct)
    {
        var answer = await AskAsync(HttpMethod.Post, "/api/config/lint", $$"""{"config":{{document}}}""", ct);
        return answer.IsSuccess ? Findings(answer.Body) : null;
    }

    /// <summary>
    /// The findings an answer carries under <c>findings</c> (<c>POST /api/config/lint</c>) or <c>warnings</c> (beside a saved
    /// version), as the server writes them; empty when it carries none or none that read.
    /// </summary>
    public static List<LintFinding> Findings(JsonObject? answer)
    {
        var list = answer?["findings"] as JsonArray ?? answer?["warnings"] as JsonArray;
        try
        {
            return list?.Deserialize<List<LintFinding?>>(EngineJson.Options)?.OfType<LintFinding>().ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Publishes the document as it is written, replacing <paramref name="basedOn"/> only (If-Match).</summary>
    public async Task<ServerAnswer> PutAsync(string document, int basedOn, string? note, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/config") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{basedOn}\"");
        // The header carries text beyond ASCII as percent-encoded UTF-8, which the server decodes.
        if (note is { Length: > 0 }) request.Headers.Add("X-Change-Note", Uri.EscapeDataString(note));
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var body = TryParse(text);
        return new ServerAnswer(response.StatusCode, body, text);
    }

    /// <summary>
    /// Any request, answered whatever its status (callers tell 400 from 401 from 404): the body's bytes as sent, its text,
    /// the body as a JSON object when it is one, and the Location header. An unreachable server throws.
    /// </summary>
    /// <param name="json">The request body (application/json), or null for none.</param>
    public async Task<ServerAnswer> AskAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        try
        {
            using var response = await http.SendAsync(request, ct);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            var location = response.Headers.Location is { } at ? new Uri(http.BaseAddress!, at) : null;
            return new ServerAnswer(response.StatusCode, TryParse(text), text) { Bytes = bytes, Location = location };
        }
        catch (HttpRequestException error)
        {
            throw new ConfigCommandException($"{http.BaseAddress} could not be reached: {error.Message}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException error)
        {
            throw new ConfigCommandException($"{http.BaseAddress} could not be reached: {error.Message}");
        }
        finally
        {
            request.Dispose();
        }
        if (response.IsSuccessStatusCode) return response;
        var problem = TryParse(await response.Content.ReadAsStringAsync(ct));
        response.Dispose();
        throw new ConfigCommandException(Refusal(request.RequestUri, response.StatusCode, problem), ExitCodes.Of(response.StatusCode));
    }

    /// <summary>A refusal in words: the problem's detail or title, with a hint for a refused key.</summary>
    public static string Refusal(Uri? url, HttpStatusCode status, JsonObject? problem)
    {
        var said = problem?["detail"]?.GetValue<string>() ?? problem?["title"]?.GetValue<string>() ?? status.ToString();
        var hint = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? " (pass a manager or admin key with --key or $SWITCHBOARD_KEY)" : "";
        return $"{url} answered {(int)status}: {said}{hint}";
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response, CancellationToken ct) =>
        TryParse(await response.Content.ReadAsStringAsync(ct)) ?? throw new ConfigCommandException($"{response.RequestMessage?.RequestUri} answered something that is not a JSON object");

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => http.Dispose();
}

/// <summary>One entry of <c>GET /api/config/versions</c>.</summary>
public sealed record VersionEntry(int Version, string? CreatedAt, string? Author, string? Note);

/// <summary>What the server answered: its status, the body's text, and the body when it is a JSON object.</summary>
public sealed record ServerAnswer(HttpStatusCode Status, JsonObject? Body, string Text)
{
    /// <summary>The body exactly as sent (a CSV keeps its byte order mark).</summary>
    public byte[] Bytes { get; init; } = [];
    /// <summary>The Location header, made absolute.</summary>
    public Uri? Location { get; init; }
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}

/// <summary>A command cannot go on; the message says why in plain words, <see cref="Exit"/> with which exit code.</summary>
public sealed class ConfigCommandException(string message, int exit = ExitCodes.Failed) : Exception(message)
{
    public int Exit { get; } = exit;
}
