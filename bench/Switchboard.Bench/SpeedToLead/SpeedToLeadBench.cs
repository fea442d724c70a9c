using System.Diagnostics;
using System.Net;
using System.Text;
using Switchboard.Bench.Intake;

namespace Switchboard.Bench.SpeedToLead;

/// <summary>
/// speed-to-lead: the real server (Release DLL, separate process) on SQLite or a throwaway PostgreSQL,
/// a workflow that assigns round robin and then notifies a local webhook receiver; leads POSTed
/// open-loop at a fixed rate, and the time from each POST to its webhook's arrival. With --timers,
/// N leads whose delayed webhooks all come due within seconds of each other, and how late each arrives.
/// </summary>
public static class SpeedToLeadBench
{
    public const string Description = "lead→webhook latency under open-loop load, or delayed-webhook lateness: speed-to-lead " + SpeedOptions.Usage;
    private const double TargetMs = 1000;

    public static Task<int> RunAsync(string[] args) => PerDatabaseAsync(args, async (options, cluster) =>
    {
        var ok = true;
        if (options.Mode is "webhook" or "both") ok &= await WebhookAsync(options, cluster);
        if (options.Mode is "timers" or "both") ok &= await TimerRun.RunAsync(options, cluster);
        return ok;
    });

    /// <summary>
    /// Parses <paramref name="args"/> and runs <paramref name="run"/> once per database asked for (a throwaway
    /// PostgreSQL cluster for postgres): exit code 2 on bad options, 1 when a run says its target was not met.
    /// </summary>
    internal static async Task<int> PerDatabaseAsync(string[] args, Func<SpeedOptions, ThrowawayPostgres?, Task<bool>> run)
    {
        SpeedOptions options;
        try { options = SpeedOptions.Parse(args); }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }
        var exit = 0;
        foreach (var db in options.Dbs)
        {
            await using var cluster = db == "postgres" ? await ThrowawayPostgres.StartAsync() : null;
            if (!await run(options with { Db = db }, cluster)) exit = 1;
        }
        return exit;
    }

    /// <summary>A server on a fresh database (SQLite, or a new database in the cluster).</summary>
    internal static async Task<BenchServer> StartAsync(ThrowawayPostgres? cluster, string name)
    {
        var postgres = cluster is null ? null : await cluster.CreateDatabaseAsync(name + "_" + Guid.NewGuid().ToString("N")[..8]);
        return await BenchServer.StartAsync(postgres);
    }

    internal static async Task PutConfigAsync(HttpClient http, string config)
    {
        using var put = await http.PutAsync("/api/config", new StringContent(config, Encoding.UTF8, "application/json"));
        if (put.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"PUT /api/config answered {(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
    }

    internal static byte[][] Bodies(int count) =>
        Enumerable.Range(0, count).Select(i => LeadBodies.Utf8(i, Guid.NewGuid().ToString("N")[..6])).ToArray();

    internal static string Verdict(double p99) => $"target p99 ≤ 1 s: {(p99 <= TargetMs ? "met" : "NOT met")}";

    private static async Task<bool> WebhookAsync(SpeedOptions options, ThrowawayPostgres? cluster)
    {
        using var receiver = new WebhookReceiver();
        await using var server = await StartAsync(cluster, "speed");
        using var http = OpenLoad.Client(server.Address);
        await PutConfigAsync(http, SpeedConfig.Notify(receiver.Url));
        if (options.Shadow) await IntakeBench.StartShadowAsync(http, SpeedConfig.Notify(receiver.Url));

        var warmup = (int)(options.Rate * options.WarmupSeconds);
        var measured = (int)(options.Rate * options.Seconds);
        var bodies = Bodies(warmup + measured);
        if (warmup > 0) await OpenLoad.RunAsync(http, bodies, 0, warmup, options.Rate);
        var (clock, serverCpu) = (Stopwatch.StartNew(), server.CpuTime);
        var sent = await OpenLoad.RunAsync(http, bodies, warmup, measured, options.Rate);
        var offered = measured / clock.Elapsed.TotalSeconds;
        var cpuPerLead = (server.CpuTime - serverCpu).TotalMicroseconds / measured;

        var created = sent.Where(s => s.Id is not null).ToList();
        var arrived = await receiver.WaitForAsync([.. created.Select(s => s.Id!)], TimeSpan.FromSeconds(60));
        var toWebhook = new List<double>(created.Count);
        foreach (var s in created)
            if (receiver.TryGet(s.Id!, out var arrival))
                toWebhook.Add((arrival.Timestamp - s.SentAt) * 1000.0 / Stopwatch.Frequency);
        var lead = LatencySummary.From(toWebhook);
        var post = LatencySummary.From([.. sent.Select(s => s.LatencyMs)]);
        var missing = created.Count - arrived;
        var failed = measured - created.Count;
        var ok = missing == 0 && failed == 0;
        Console.WriteLine(
            $"speed-to-lead {options.Db}{(options.Shadow ? " (shadow)" : "")}: {Figures.N(options.Rate)} leads/s for {options.Seconds:0.#} s (offered {Figures.N(offered)}/s) — " +
            $"lead→webhook p50 {Figures.Ms(lead.P50)}, p90 {Figures.Ms(lead.P90)}, p99 {Figures.Ms(lead.P99)}, max {Figures.Ms(lead.Max)} " +
            $"(POST p50 {Figures.Ms(post.P50)}, p99 {Figures.Ms(post.P99)}; {Figures.N(arrived)}/{Figures.N(measured)} webhooks" +
            (failed > 0 ? $", {Figures.N(failed)} POSTs failed" : "") + (missing > 0 ? $", {Figures.N(missing)} never arrived" : "") +
            $"; server CPU per lead {cpuPerLead:0} µs); {Verdict(lead.P99)}");
        return ok;
    }
}
