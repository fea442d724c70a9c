using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Switchboard.Cli.Config;

namespace Switchboard.Cli.Tests.Simulate;

/// <summary>
/// The replay job API as its contract says (<c>POST /api/simulate</c> → 202 with a Location; <c>GET</c> the job; <c>DELETE</c>
/// cancels), in memory: each poll answers the next of <see cref="Polls"/> (the last one again when they run out), and every
/// request is recorded.
/// </summary>
public sealed class FakeReplayServer : HttpMessageHandler
{
    public const string Job = "/api/simulate/jobs/j1";
    public List<(HttpMethod Method, string Path, string? Body)> Requests { get; } = [];
    public Queue<string> Polls { get; } = new();
    public Func<HttpResponseMessage>? Start { get; set; }
    /// <summary>Called on each poll, before it is answered (a test presses Ctrl-C here).</summary>
    public Action<int>? OnPoll { get; set; }
    private string _last = "";

    public ConfigClient Client() => new(new HttpClient(this) { BaseAddress = new Uri("http://switchboard.test/") });

    public static string Running(int done, int total) => $$"""{"id":"j1","status":"running","progress":{"done":{{done}},"total":{{total}}},"startedAt":"2026-12-06T09:00:00Z"}""";

    public static string Done(string result) =>
        $$"""{"id":"j1","status":"done","progress":{"done":4,"total":4},"startedAt":"2026-12-06T09:00:00Z","finishedAt":"2026-12-06T09:00:02Z","result":{{result}}}""";

    /// <summary>Four leads of November: ana lost two to ben under the draft, one lead would wait in a queue.</summary>
    public const string Result = """
        {"configVersion":0,"from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z","leads":4,
         "reps":[{"repId":"ana","name":"Ana","real":3,"draft":1},{"repId":"ben","name":"Ben","real":1,"draft":2}],
         "ownersChanged":2,"unassigned":0,"queued":1,
         "pools":[{"poolId":"inbound","name":"Inbound","spread":1.5}],
         "changed":[{"leadId":"L1","real":{"ownerId":"ana"},"draft":{"ownerId":"ben"}},
                    {"leadId":"L2","real":{"ownerId":"ana"},"draft":{"ownerId":null,"status":"queued","poolId":"inbound"}}]}
        """;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add((request.Method, path, body));
        if (request.Method == HttpMethod.Post)
            return Start?.Invoke() ?? Answer(HttpStatusCode.Accepted, $$"""{"id":"j1","status":"queued","url":"{{Job}}"}""", location: Job);
        if (request.Method == HttpMethod.Delete) return Answer(HttpStatusCode.OK, Running(1, 4).Replace("running", "cancelled"));
        OnPoll?.Invoke(Requests.Count(r => r.Method == HttpMethod.Get));
        ct.ThrowIfCancellationRequested();
        if (Polls.Count > 0) _last = Polls.Dequeue();
        return Answer(HttpStatusCode.OK, _last);
    }

    public static HttpResponseMessage Answer(HttpStatusCode status, string json, string? location = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (location is not null) response.Headers.Location = new Uri(location, UriKind.Relative);
        return response;
    }

    public JsonNode? SentBody() => JsonNode.Parse(Requests.First(r => r.Method == HttpMethod.Post).Body!);
}
