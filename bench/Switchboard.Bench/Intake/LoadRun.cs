using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Switchboard.Bench.Intake;

/// <summary>What the server answered for each lead index: owner, id and the batch instant (createdAt).</summary>
public sealed class Answers(int total)
{
    public string?[] Owners { get; } = new string?[total];
    public string?[] Ids { get; } = new string?[total];
    public string?[] CreatedAt { get; } = new string?[total];
    public int Failures;
    public string? FirstFailure;
}

public sealed record PhaseResult(int Leads, TimeSpan Elapsed, List<double> LatenciesMs)
{
    public double LeadsPerSecond => Leads / Elapsed.TotalSeconds;
}

/// <summary>
/// Closed-loop load: <c>clients</c> workers, each with one request in flight, POST /api/leads for the lead
/// indices [from, from + count) taken from a shared counter. Bodies are prepared before the clock starts.
/// </summary>
public static class LoadRun
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    public static HttpClient Client(Uri address, int clients) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients + 4,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", BenchServer.AdminKey) },
        };

    public static async Task<PhaseResult> RunAsync(HttpClient http, byte[][] bodies, int from, int count, int clients, Answers answers)
    {
        var next = from - 1;
        var end = from + count;
        var perClient = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var latencies = perClient[c] = new List<double>(count / clients + 16);
            int i;
            while ((i = Interlocked.Increment(ref next)) < end)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = JsonType;
                using var response = await http.PostAsync("/api/leads", content);
                var answer = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    if (Interlocked.Increment(ref answers.Failures) == 1)
                        answers.FirstFailure = $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}";
                    continue;
                }
                Read(answer, out answers.Ids[i], out answers.Owners[i], out answers.CreatedAt[i]);
            }
        })));
        clock.Stop();
        var all = new List<double>(count);
        foreach (var list in perClient) all.AddRange(list);
        return new PhaseResult(count, clock.Elapsed, all);
    }

    /// <summary>The top-level id, ownerId and createdAt of a lead answer, without building a DOM.</summary>
    private static void Read(byte[] json, out string? id, out string? owner, out string? createdAt)
    {
        id = owner = createdAt = null;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= 1) reader.Skip();
                continue;
            }
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("id"u8)) id = reader.GetString();
            else if (name.SequenceEqual("ownerId"u8)) owner = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            else if (name.SequenceEqual("createdAt"u8)) createdAt = reader.GetString();
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
    }
}
