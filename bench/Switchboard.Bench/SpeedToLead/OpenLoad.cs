using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Switchboard.Bench.SpeedToLead;

/// <summary>One POST of the open-loop load: when it was sent, how long the answer took, the lead id it created.</summary>
public sealed class Sent
{
    public long SentAt;
    public double LatencyMs;
    public string? Id;
    public string? CreatedAt;
    public int Status;
}

/// <summary>
/// Open-loop load: POST /api/leads for bodies [from, from + count) at a fixed rate — lead i is sent at
/// start + i / rate whether or not earlier answers have come back, so a slow server shows up as
/// latency, not as a lower offered rate.
/// </summary>
public static class OpenLoad
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    public static async Task<Sent[]> RunAsync(HttpClient http, byte[][] bodies, int from, int count, double rate)
    {
        var sent = new Sent[count];
        var inFlight = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i / rate * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < due)
            {
                var wait = (due - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
                if (wait > 2) await Task.Delay(1);
                else Thread.SpinWait(50);
            }
            var record = sent[i] = new Sent();
            inFlight.Add(PostAsync(http, bodies[from + i], record));
        }
        await Task.WhenAll(inFlight);
        return sent;
    }

    private static async Task PostAsync(HttpClient http, byte[] body, Sent record)
    {
        record.SentAt = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonType;
            using var response = await http.PostAsync("/api/leads", content);
            var answer = await response.Content.ReadAsByteArrayAsync();
            record.LatencyMs = Stopwatch.GetElapsedTime(record.SentAt).TotalMilliseconds;
            record.Status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Created) (record.Id, record.CreatedAt) = Read(answer);
            else Console.Error.WriteLine($"POST /api/leads answered {record.Status}: {Encoding.UTF8.GetString(answer)}");
        }
        catch (HttpRequestException error)
        {
            record.LatencyMs = Stopwatch.GetElapsedTime(record.SentAt).TotalMilliseconds;
            Console.Error.WriteLine($"POST /api/leads failed: {error.Message}");
        }
    }

    public static (string? Id, string? CreatedAt) Read(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return (root.GetProperty("id").GetString(),
            root.TryGetProperty("createdAt", out var at) ? at.GetString() : null);
    }

    public static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Intake.BenchServer.AdminKey) },
        };
}
