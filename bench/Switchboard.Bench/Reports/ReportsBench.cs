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
/// its JSON bytes), in Asia/Seoul days: one untimed run, then --repeat timed ones; p50 and max against ≤ 2 s.
/// </summary>
public static class ReportsBench
{
    public const string Description = "the four reports over N seeded leads and decisions, a year each: reports [--postgres] [--leads 1000000] [--repeat 5]";
    private const double TargetMs = 2000;
    private const int Warmup = 1;

    public static Task<int> RunAsync(string[] args) => SeededStoreBench.RunAsync("reports", args, repeat: 5, ReportsSeed.SeedAsync, MeasureAsync);

    private static async Task<bool> MeasureAsync(SeededStoreBench.Seeded seeded)
    {
        var (store, now, repeat) = (seeded.Store, seeded.Now, seeded.Repeat);
        Console.WriteLine($"reports {store.Dialect}: seeded {Figures.N(seeded.Leads)} leads with decisions in {seeded.SeedTime.TotalSeconds:0} s; {repeat} timed runs per report");

        var (parsed, errors) = ReportQuery.Parse((now - Duration.FromDays(365)).ToString(), now.ToString(), "Asia/Seoul", null, null, null, null, now);
        var query = parsed ?? throw new InvalidOperationException(string.Join("; ", errors.Select(error => error.Message)));
        var config = CompiledConfig.Compile(ConfigService.Parse((await store.GetConfigAsync())!));
        var met = true;
        met &= await CaseAsync("distribution", repeat, async () => Bytes(await DistributionReport.ReadAsync(store, query)));
        met &= await CaseAsync("distribution, source=web", repeat, async () => Bytes(await DistributionReport.ReadAsync(store, query with { Filter = query.Filter with { Source = "web" } })));
        met &= await CaseAsync("speed-to-lead", repeat, async () => Bytes(await SpeedToLeadReport.ReadAsync(store, query)));
        met &= await CaseAsync("sla", repeat, async () => Bytes(await SlaReport.ReadAsync(store, query)));
        met &= await CaseAsync("funnel", repeat, async () => Bytes(await FunnelReport.ReadAsync(store, config, query)));
        return met;
    }

    private static int Bytes<T>(T report) => JsonSerializer.SerializeToUtf8Bytes(report, EngineJson.Options).Length;

    private static async Task<bool> CaseAsync(string name, int repeat, Func<Task<int>> call)
    {
        var (times, bytes) = await SeededStoreBench.TimeAsync(Warmup, repeat, call);
        var summary = LatencySummary.From(times);
        var met = summary.Max <= TargetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-26} p50 {Figures.Ms(summary.P50),9}  max {Figures.Ms(summary.Max),9}  {bytes,7} B  target ≤ {TargetMs:0} ms: {(met ? "met" : "NOT met")}"));
        return met;
    }
}
