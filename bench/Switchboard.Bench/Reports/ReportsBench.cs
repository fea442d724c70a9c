using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Switchboard.Application;
using Switchboard.Application.Reports;
using Switchboard.Bench.Intake;
using Switchboard.Engine.Json;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Bench.Reports;

/// <summary>
/// reports: seeds N leads with their decisions (<see cref="ReportsSeed"/>) into a fresh SQLite file or a throwaway
/// PostgreSQL database, then times each report over the whole year as the API answers it (the store reads, the report,
/// its JSON bytes), in Asia/Seoul days: a few untimed runs, then --repeat timed ones; p50 and max against ≤ 2 s.
/// </summary>
public static class ReportsBench
{
    public const string Description = "the four reports over N seeded leads and decisions, a year each: reports [--postgres] [--leads 1000000] [--repeat 5]";
    private const double TargetMs = 2000;

    public static async Task<int> RunAsync(string[] args)
    {
        int leads, repeat;
        bool postgres;
        try
        {
            var options = BenchArgs.Parse(args);
            leads = options.Int("leads", 1_000_000, 1_000, 50_000_000);
            repeat = options.Int("repeat", 5, 1, 1_000);
            postgres = options.Flag("postgres");
            options.RejectUnknown();
        }
        catch (BenchArgsException error)
        {
            Console.Error.WriteLine($"reports: {error.Message}");
            return 2;
        }

        var dir = Path.Combine(Path.GetTempPath(), "switchboard-reports-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            await using var cluster = postgres ? await ThrowawayPostgres.StartAsync() : null;
            var connection = cluster is null ? null : await cluster.CreateDatabaseAsync("reports_" + Guid.NewGuid().ToString("N")[..8]);
            await using var store = StoreFactory.Create(connection, dir);
            await store.MigrateAsync();
            var now = SystemClock.Instance.GetCurrentInstant();
            var clock = Stopwatch.StartNew();
            await ReportsSeed.SeedAsync(store, leads, now, done =>
            {
                if (done % 100_000 == 0) Console.WriteLine($"  seeded {Figures.N(done)} leads, {clock.Elapsed.TotalSeconds:0} s");
            });
            Console.WriteLine($"reports {store.Dialect}: seeded {Figures.N(leads)} leads with decisions in {clock.Elapsed.TotalSeconds:0} s; {repeat} timed runs per report");

            var (query, _) = ReportQuery.Parse((now - Duration.FromDays(365)).ToString(), now.ToString(), "Asia/Seoul", null, null, null, null, now);
            var config = CompiledConfig.Compile(ConfigService.Parse((await store.GetConfigAsync())!));
            var met = true;
            met &= await CaseAsync("distribution", repeat, async () => Bytes(await DistributionReport.ReadAsync(store, query!)));
            met &= await CaseAsync("distribution, source=web", repeat, async () => Bytes(await DistributionReport.ReadAsync(store, query! with { Filter = query.Filter with { Source = "web" } })));
            met &= await CaseAsync("speed-to-lead", repeat, async () => Bytes(await SpeedToLeadReport.ReadAsync(store, query!)));
            met &= await CaseAsync("sla", repeat, async () => Bytes(await SlaReport.ReadAsync(store, query!)));
            met &= await CaseAsync("funnel", repeat, async () => Bytes(await FunnelReport.ReadAsync(store, config, query!)));
            return met ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static int Bytes<T>(T report) => JsonSerializer.SerializeToUtf8Bytes(report, EngineJson.Options).Length;

    private static async Task<bool> CaseAsync(string name, int repeat, Func<Task<int>> call)
    {
        await call();
        var times = new List<double>(repeat);
        var bytes = 0;
        for (var i = 0; i < repeat; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bytes = await call();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var (p50, max) = (times.Order().ElementAt((times.Count - 1) / 2), times.Max());
        var met = max <= TargetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-26} p50 {Figures.Ms(p50),9}  max {Figures.Ms(max),9}  {bytes,7} B  target ≤ {TargetMs:0} ms: {(met ? "met" : "NOT met")}"));
        return met;
    }
}
