using System.Net;
using System.Text;

namespace Switchboard.Bench.Intake;

/// <summary>
/// intake: the real server (Release DLL, separate process) on SQLite or a throwaway PostgreSQL, a
/// 7-member round-robin configuration, N closed-loop HTTP clients POSTing multilingual leads; leads/s
/// and latency percentiles of the measured phase, then a check that every lead was stored with the
/// owner it was answered with and that the rotation is balanced within one.
/// </summary>
public static class IntakeBench
{
    public const string Description = "leads/s through HTTP + routing + durable commit: intake " + IntakeOptions.Usage;

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var options)) return 2;
        var exit = 0;
        foreach (var db in options.Dbs)
        {
            await using var cluster = db == "postgres" ? await ThrowawayPostgres.StartAsync() : null;
            if (options.ShadowPairs > 0)
            {
                await AlternateShadowAsync(options with { Db = db }, cluster);
                continue;
            }
            var result = await MeasureAsync(options with { Db = db }, cluster);
            Console.WriteLine(result.Line);
            if (!result.Correct) exit = 1;
        }
        return exit;
    }

    internal static bool TryParse(string[] args, out IntakeOptions options)
    {
        try
        {
            options = IntakeOptions.Parse(args);
            return true;
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            options = new IntakeOptions();
            return false;
        }
    }

    /// <summary>--shadow-ab: the warm-up, then the measured leads alternating without and with shadow mode on one server.</summary>
    private static async Task AlternateShadowAsync(IntakeOptions options, ThrowawayPostgres? cluster)
    {
        await using var server = await StartConfiguredAsync(options, cluster);
        using var http = LoadRun.Client(server.Address, options.Clients);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var bodies = Enumerable.Range(0, options.Warmup + options.Leads).Select(i => LeadBodies.Utf8(i, tag)).ToArray();
        var answers = new Answers(bodies.Length);
        if (options.Warmup > 0) await LoadRun.RunAsync(http, bodies, 0, options.Warmup, options.Clients, answers);
        Console.WriteLine(await ShadowAlternation.RunAsync(http, server, bodies, options.Warmup, options, answers));
    }

    /// <summary>The server on a fresh database (SQLite, or a new database in <paramref name="cluster"/>) with the bench configuration.</summary>
    private static async Task<BenchServer> StartConfiguredAsync(IntakeOptions options, ThrowawayPostgres? cluster)
    {
        var postgres = cluster is null ? null : await cluster.CreateDatabaseAsync("intake_" + Guid.NewGuid().ToString("N")[..8]);
        if (options.Db == "postgres" && postgres is null) throw new ArgumentException("--db postgres needs a cluster");
        var server = await BenchServer.StartAsync(postgres);
        using var http = LoadRun.Client(server.Address, 1);
        var put = await http.PutAsync("/api/config", new StringContent(BenchConfig.Json(), Encoding.UTF8, "application/json"));
        if (put.StatusCode == HttpStatusCode.OK) return server;
        var answer = await put.Content.ReadAsStringAsync();
        await server.DisposeAsync();
        throw new InvalidOperationException($"PUT /api/config answered {(int)put.StatusCode}: {answer}");
    }

    /// <param name="cluster">Required for --db postgres: a fresh database is created in it.</param>
    public static async Task<IntakeResult> MeasureAsync(IntakeOptions options, ThrowawayPostgres? cluster)
    {
        await using var server = await StartConfiguredAsync(options, cluster);
        using var http = LoadRun.Client(server.Address, options.Clients);
        if (options.Shadow) await StartShadowAsync(http, BenchConfig.Json());

        var total = options.Warmup + options.Leads;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var bodies = Enumerable.Range(0, total).Select(i => LeadBodies.Utf8(i, tag)).ToArray();
        var answers = new Answers(total);
        if (options.Warmup > 0) await LoadRun.RunAsync(http, bodies, 0, options.Warmup, options.Clients, answers);
        var (serverCpu, ownCpu, dbCpu) = (server.CpuTime, Environment.CpuUsage.TotalTime, cluster?.CpuTime ?? TimeSpan.Zero);
        var measured = await LoadRun.RunAsync(http, bodies, options.Warmup, options.Leads, options.Clients, answers);
        var cpu = new CpuShare((server.CpuTime - serverCpu).TotalMicroseconds / options.Leads,
            (Environment.CpuUsage.TotalTime - ownCpu).TotalMicroseconds / options.Leads,
            cluster is null ? null : ((cluster.CpuTime - dbCpu).TotalMicroseconds / options.Leads));

        if (options.Shadow) Console.WriteLine($"shadow: {await http.GetStringAsync("/api/config/shadow")}");
        var check = await IntakeCheck.RunAsync(http, answers, options.NoVerify);
        var batches = answers.CreatedAt.Skip(options.Warmup).Where(at => at is not null).Distinct().Count();
        return new IntakeResult(options, measured, LatencySummary.From(measured.LatenciesMs),
            batches == 0 ? 0 : (double)options.Leads / batches, cpu, check);
    }

    /// <summary>The live configuration itself in shadow beside the live one: every lead is routed twice, once off the intake path.</summary>
    internal static async Task StartShadowAsync(HttpClient http, string config)
    {
        var put = await http.PutAsync("/api/config/shadow", new StringContent($$"""{"config":{{config}},"note":"bench"}""", Encoding.UTF8, "application/json"));
        if (put.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"PUT /api/config/shadow answered {(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
    }
}

public sealed record IntakeResult(IntakeOptions Options, PhaseResult Measured, LatencySummary Latency, double MeanBatch, CpuShare Cpu, CheckResult Check)
{
    public double LeadsPerSecond => Measured.LeadsPerSecond;
    public bool Correct => Check.Ok;

    /// <summary>The issue's targets on the 2-core reference machine.</summary>
    public bool TargetMet => Options.Db == "sqlite"
        ? LeadsPerSecond >= 3_000 && Latency.P99 <= 50
        : LeadsPerSecond >= 2_000;

    public string Line =>
        $"intake {Options.Db}: {Figures.N(LeadsPerSecond)} leads/s, p50 {Figures.Ms(Latency.P50)}, p90 {Figures.Ms(Latency.P90)}, " +
        $"p99 {Figures.Ms(Latency.P99)}, max {Figures.Ms(Latency.Max)} ({Options.Clients} clients, {Figures.N(Options.Leads)} leads, " +
        $"mean batch {MeanBatch:0.0}; CPU per lead: server {Cpu.ServerMicroseconds:0} µs{Cpu.Database}, clients {Cpu.ClientMicroseconds:0} µs) — {Check.Summary}; target {(Options.Db == "sqlite" ? "≥3,000 leads/s and p99 ≤ 50 ms" : "≥2,000 leads/s")}: " +
        (TargetMet ? "met" : "NOT met");
}

/// <summary>CPU time per measured lead of the server process and of this (client) process.</summary>
public sealed record CpuShare(double ServerMicroseconds, double ClientMicroseconds, double? DatabaseMicroseconds)
{
    public string Database => DatabaseMicroseconds is { } db ? $", postgres {db:0} µs" : "";
}
