using System.Diagnostics;
using Switchboard.Bench.Intake;
using Switchboard.Bench.SpeedToLead;

namespace Switchboard.Bench.Workspace;

/// <summary>
/// workspace: the real server (Release DLL, separate process) with 20 reps' workspaces open in headless Chromium;
/// leads POSTed open-loop at 100/s to a round-robin pool of those reps, and the time from each POST to its card in
/// its rep's open workspace (the page's own clock, the same machine's). Also the server's managed heap after a full
/// collection with one workspace open and with all 20, so what one more open console costs.
/// </summary>
public static class WorkspaceBench
{
    public const string Description = "lead→rep workspace latency with 20 consoles open, and memory per console: workspace " + SpeedOptions.Usage;
    private const int Reps = 20;
    private const double TargetMs = 1000;
    private const long TargetBytesPerConsole = 1 << 20;

    public static Task<int> RunAsync(string[] args) =>
        SpeedToLeadBench.PerDatabaseAsync(["--rate", "100", "--seconds", "30", "--warmup-seconds", "2", .. args], RunAsync);

    private static async Task<bool> RunAsync(SpeedOptions options, ThrowawayPostgres? cluster)
    {
        await using var server = await SpeedToLeadBench.StartAsync(cluster, "workspace");
        using var http = OpenLoad.Client(server.Address);
        await SpeedToLeadBench.PutConfigAsync(http, SpeedConfig.RoundRobin(Reps, followUp: null));
        await using var consoles = await RepConsoles.LaunchAsync();
        var reps = SpeedConfig.RepIds(Reps);

        await consoles.OpenAsync(http, server.Address, reps[0]);
        var oneOpen = ServerHeap.AfterFullCollection(server.ProcessId);
        foreach (var rep in reps[1..]) await consoles.OpenAsync(http, server.Address, rep);
        var allOpen = ServerHeap.AfterFullCollection(server.ProcessId);
        var perConsole = (allOpen - oneOpen) / (double)(Reps - 1);

        var warmup = (int)(options.Rate * options.WarmupSeconds);
        var measured = (int)(options.Rate * options.Seconds);
        var bodies = SpeedToLeadBench.Bodies(warmup + measured);
        if (warmup > 0) await OpenLoad.RunAsync(http, bodies, 0, warmup, options.Rate);
        var anchorWall = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var anchor = Stopwatch.GetTimestamp();
        var sent = await OpenLoad.RunAsync(http, bodies, warmup, measured, options.Rate);
        var created = sent.Where(s => s.Id is not null).ToList();

        var seen = await WaitForAllAsync(consoles, created, TimeSpan.FromSeconds(30));
        var shown = created.Where(s => seen.ContainsKey(s.Id!))
            .Select(s => seen[s.Id!] - (anchorWall + (s.SentAt - anchor) * 1000.0 / Stopwatch.Frequency)).ToList();
        var latency = LatencySummary.From(shown);
        var afterLoad = ServerHeap.AfterFullCollection(server.ProcessId);

        var missing = created.Count - shown.Count;
        var failed = measured - created.Count;
        var fast = missing == 0 && failed == 0 && latency.P99 <= TargetMs;
        var ok = fast && perConsole <= TargetBytesPerConsole;
        Console.WriteLine(
            $"workspace {options.Db}: {Figures.N(options.Rate)} leads/s for {options.Seconds:0.#} s to {Reps} open rep workspaces — " +
            $"POST→shown p50 {Figures.Ms(latency.P50)}, p90 {Figures.Ms(latency.P90)}, p99 {Figures.Ms(latency.P99)}, max {Figures.Ms(latency.Max)} " +
            $"({Figures.N(shown.Count)}/{Figures.N(measured)} shown" + (failed > 0 ? $", {Figures.N(failed)} POSTs failed" : "") +
            (missing > 0 ? $", {Figures.N(missing)} never shown" : "") + "); " +
            $"server heap after a full GC: {Mb(oneOpen)} with 1 console, {Mb(allOpen)} with {Reps} ({Kb(perConsole)} per console), " +
            $"{Mb(afterLoad)} after the load; target p99 ≤ 1 s (every lead shown): {(fast ? "met" : "NOT met")}, " +
            $"≤ 1 MB per console: {(perConsole <= TargetBytesPerConsole ? "met" : "NOT met")}");
        return ok;
    }

    /// <summary>Polls the pages until every created lead has been shown or <paramref name="patience"/> has passed.</summary>
    private static async Task<Dictionary<string, long>> WaitForAllAsync(RepConsoles consoles, List<Sent> created, TimeSpan patience)
    {
        var until = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var seen = await consoles.SeenAsync();
            if (created.All(s => seen.ContainsKey(s.Id!)) || Stopwatch.GetTimestamp() > until) return seen;
            await Task.Delay(500);
        }
    }

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0.0} MB";
    private static string Kb(double bytes) => $"{bytes / 1024.0:0} KB";
}
