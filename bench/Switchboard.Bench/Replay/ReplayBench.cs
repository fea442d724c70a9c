using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NodaTime;
using Switchboard.Application;
using Switchboard.Application.Simulation;
using Switchboard.Bench.Intake;
using Switchboard.Bench.Reports;
using Switchboard.Engine.Json;
using Switchboard.Engine.Workflows;

namespace Switchboard.Bench.Replay;

/// <summary>
/// replay: seeds N leads with their decisions (<see cref="ReportsSeed"/>: a year of leads) into a fresh SQLite file or a
/// throwaway PostgreSQL database, then replays the whole year under the reference configuration as a draft (200 reps,
/// 20 pools, 50 workflows) exactly as a replay job does (<see cref="Application.Simulation.Replay"/>: batches of 500
/// read without the routing lock, routed with DryRun.Again on one private state): leads/s against ≤ 60 s per million,
/// and a hash of the result's JSON to compare runs before and after a change on the same kept file (<c>--keep DIR</c>).
/// </summary>
public static class ReplayBench
{
    public const string Description = "a year of N seeded leads replayed under the reference configuration: replay [--postgres] [--leads 1000000] [--repeat 1] [--keep DIR]";
    private const double TargetSecondsPerMillion = 60;

    public static Task<int> RunAsync(string[] args) => SeededStoreBench.RunAsync("replay", args, repeat: 1, ReportsSeed.SeedAsync, MeasureAsync);

    private static async Task<bool> MeasureAsync(SeededStoreBench.Seeded seeded)
    {
        var (store, now) = (seeded.Store, seeded.Now);
        Console.WriteLine($"replay {store.Dialect}: seeded {Figures.N(seeded.Leads)} leads with decisions in {seeded.SeedTime.TotalSeconds:0} s");
        var live = CompiledConfig.Compile(ConfigService.Parse((await store.GetConfigAsync())!));
        var draft = CompiledConfig.Compile(ReferenceConfig.Build() with { Version = LeadPreview.DraftVersion });
        var period = new ReplayPeriod(now - Duration.FromDays(366), now + Duration.FromSeconds(1), null);
        var met = true;
        for (var run = 0; run < seeded.Repeat; run++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await new Application.Simulation.Replay(store).RunAsync(period, draft, draft: true, live, _ => Task.FromResult(false));
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var perMillion = seconds * 1_000_000 / Math.Max(1, result!.Leads);
            met &= perMillion <= TargetSecondsPerMillion;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run + 1}: {Figures.N(result.Leads)} leads in {seconds:0.0} s = {result.Leads / seconds:0} leads/s " +
                $"({result.Leads / Math.Max(cpuSeconds, 0.001):0} per CPU-second; {perMillion:0.0} s per million, target ≤ {TargetSecondsPerMillion:0}: " +
                $"{(perMillion <= TargetSecondsPerMillion ? "met" : "NOT met")}); owners changed {Figures.N(result.OwnersChanged)}, result {Hash(result)}"));
        }
        return met;
    }

    /// <summary>12 hex digits of SHA-256 over the result's JSON as a job stores it: runs before and after a change compare by it.</summary>
    private static string Hash(ReplayResult result) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(result, EngineJson.Options)))[..12];
}
