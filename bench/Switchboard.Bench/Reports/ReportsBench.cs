using System.Globalization;
using System.Security.Cryptography;
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
/// PostgreSQL database, then times each report over the last 30 days and the last 366 days, with and without a filter, as the
/// API answers it (the store reads, the report, its JSON bytes), after folding the report days up to now (as the server does), in Asia/Seoul days: one untimed run, then --repeat timed ones; p50 and max against ≤ 2 s.
/// </summary>
public static class ReportsBench
{
    public const string Description = "the four reports over N seeded leads and decisions, 30 and 366 days each: reports [--postgres] [--leads 1000000] [--repeat 5] [--keep DIR] [--only TEXT]";
    private const double TargetMs = 2000;
    private const int Warmup = 1;

    public static Task<int> RunAsync(string[] args) => SeededStoreBench.RunAsync("reports", args, repeat: 5, ReportsSeed.SeedAsync, MeasureAsync);

    private static async Task<bool> MeasureAsync(SeededStoreBench.Seeded seeded)
    {
        var (store, now, repeat) = (seeded.Store, seeded.Now, seeded.Repeat);
        Console.WriteLine($"reports {store.Dialect}: seeded {Figures.N(seeded.Leads)} leads with decisions in {seeded.SeedTime.TotalSeconds:0} s; {repeat} timed runs per report");
        // As the server's ReportFolder would have over the year: the whole UTC days up to an hour ago read from the day tables.
        var (foldClock, foldCpu) = (System.Diagnostics.Stopwatch.StartNew(), Environment.CpuUsage.TotalTime);
        var watermark = await store.FoldReportDaysAsync(now - Duration.FromHours(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  report days folded up to {watermark} in {foldClock.Elapsed.TotalMilliseconds:0} ms (cpu {(Environment.CpuUsage.TotalTime - foldCpu).TotalMilliseconds:0} ms)"));
        var config = CompiledConfig.Compile(ConfigService.Parse((await store.GetConfigAsync())!));
        var met = true;
        foreach (var days in new[] { 30, 366 })
        {
            var (parsed, errors) = ReportQuery.Parse((now - Duration.FromDays(days)).ToString(), now.ToString(), "Asia/Seoul", null, null, null, null, now);
            var query = parsed ?? throw new InvalidOperationException(string.Join("; ", errors.Select(error => error.Message)));
            ReportQuery With(ReportFilter filter) => query with { Filter = filter };
            met &= await CaseAsync(seeded, $"{days} d distribution", async () => Bytes(await DistributionReport.ReadAsync(store, query)));
            met &= await CaseAsync(seeded, $"{days} d distribution, source=web",
                async () => Bytes(await DistributionReport.ReadAsync(store, With(query.Filter with { Source = "web" }))));
            met &= await CaseAsync(seeded, $"{days} d distribution, workflow=inbound",
                async () => Bytes(await DistributionReport.ReadAsync(store, With(query.Filter with { Workflow = "inbound" }))));
            met &= await CaseAsync(seeded, $"{days} d speed-to-lead", async () => Bytes(await SpeedToLeadReport.ReadAsync(store, query)));
            met &= await CaseAsync(seeded, $"{days} d speed-to-lead, rep=rep-07",
                async () => Bytes(await SpeedToLeadReport.ReadAsync(store, With(query.Filter with { Rep = "rep-07" }))));
            met &= await CaseAsync(seeded, $"{days} d report leads read alone", async () =>
            {
                var n = 0;
                await store.ReadReportLeadsAsync(query.Filter, block => n += block.Count);
                return n;
            });
            met &= await CaseAsync(seeded, $"{days} d sla", async () => Bytes(await SlaReport.ReadAsync(store, query)));
            met &= await CaseAsync(seeded, $"{days} d funnel", async () => Bytes(await FunnelReport.ReadAsync(store, config, query)));
        }
        return met;
    }

    /// <summary>The answer's JSON bytes; the last one's hash is printed, so runs before and after a storage change can be compared.</summary>
    private static int Bytes<T>(T report)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(report, EngineJson.Options);
        _hash = Convert.ToHexStringLower(SHA256.HashData(json))[..12];
        return json.Length;
    }

    private static string _hash = "";

    private static async Task<bool> CaseAsync(SeededStoreBench.Seeded seeded, string name, Func<Task<int>> call)
    {
        if (!seeded.Wants(name)) return true;
        var repeat = seeded.Repeat;
        var cpu = new List<double>(repeat + Warmup);
        var (times, bytes) = await SeededStoreBench.TimeAsync(Warmup, repeat, async () =>
        {
            var started = Environment.CpuUsage.TotalTime;
            var answer = await call();
            cpu.Add((Environment.CpuUsage.TotalTime - started).TotalMilliseconds);
            return answer;
        });
        var summary = LatencySummary.From(times);
        var cpuP50 = LatencySummary.From(cpu.Skip(Warmup).ToList()).P50;
        var met = summary.Max <= TargetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-36} p50 {Figures.Ms(summary.P50),9}  max {Figures.Ms(summary.Max),9}  cpu {Figures.Ms(cpuP50),9}  {bytes,7} B {_hash}  target ≤ {TargetMs:0} ms: {(met ? "met" : "NOT met")}"));
        return met;
    }
}
