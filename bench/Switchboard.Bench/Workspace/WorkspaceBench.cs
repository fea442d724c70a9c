using System.Diagnostics;
using Switchboard.Bench.Intake;
using Switchboard.Bench.SpeedToLead;

namespace Switchboard.Bench.Workspace;

/// <summary>
/// workspace: the real server (Release DLL, separate process) with 20 reps' workspaces open, <c>--browsers</c> of them
/// (2 unless told) as pages in headless Chromium and the others as <see cref="RepCircuit"/>s (the same circuits on the
/// server, no browser painting on this machine's two cores); leads POSTed open-loop at 100/s to a round-robin pool of
/// those reps, and the time from each POST to its card in its rep's open workspace (same machine, same clock). Also
/// the server's managed heap after a full collection with one workspace open and with all 20, so what one more open
/// console costs.
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

        var browsers = Math.Min(options.Browsers, Reps);
        await consoles.OpenAsync(http, server.Address, reps[0], inBrowser: browsers > 0);
        var oneOpen = ServerHeap.AfterFullCollection(server.ProcessId);
        for (var i = 1; i < Reps; i++) await consoles.OpenAsync(http, server.Address, reps[i], inBrowser: i < browsers);
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
            .Select(s => (Ms: seen[s.Id!].At - (anchorWall + (s.SentAt - anchor) * 1000.0 / Stopwatch.Frequency), seen[s.Id!].InBrowser)).ToList();
        var latency = LatencySummary.From(shown.Select(s => s.Ms).ToList());
        var afterLoad = ServerHeap.AfterFullCollection(server.ProcessId);

        var missing = created.Count - shown.Count;
        var failed = measured - created.Count;
        var fast = missing == 0 && failed == 0 && latency.P99 <= TargetMs;
        var ok = fast && perConsole <= TargetBytesPerConsole;
        Console.WriteLine(
            $"workspace {options.Db}: {Figures.N(options.Rate)} leads/s for {options.Seconds:0.#} s to {Reps} open rep workspaces " +
            $"({browsers} in Chromium) — POST→shown p50 {Figures.Ms(latency.P50)}, p90 {Figures.Ms(latency.P90)}, p99 {Figures.Ms(latency.P99)}, max {Figures.Ms(latency.Max)}" +
            (browsers is > 0 and < Reps ? $"; in Chromium {Group(shown, true)}, as circuits {Group(shown, false)} " : " ") +
            $"({Figures.N(shown.Count)}/{Figures.N(measured)} shown" + (failed > 0 ? $", {Figures.N(failed)} POSTs failed" : "") +
            (missing > 0 ? $", {Figures.N(missing)} never shown" : "") + "); " +
            $"server heap after a full GC: {Mb(oneOpen)} with 1 console, {Mb(allOpen)} with {Reps} ({Kb(perConsole)} per console), " +
            $"{Mb(afterLoad)} after the load; target p99 ≤ 1 s (every lead shown): {(fast ? "met" : "NOT met")}, " +
            $"≤ 1 MB per console: {(perConsole <= TargetBytesPerConsole ? "met" : "NOT met")}");
        return ok;
    }

    /// <summary>Polls the pages until every created lead has been shown or <paramref name="patience"/> has passed.</summary>
    private static async Task<Dictionary<string, (long At, bool InBrowser)>> WaitForAllAsync(RepConsoles consoles, List<Sent> created, TimeSpan patience)
    {
        var until = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var seen = await consoles.SeenAsync();
            if (created.All(s => seen.ContainsKey(s.Id!)) || Stopwatch.GetTimestamp() > until) return seen;
            await Task.Delay(500);
        }
    }

    private static string Group(List<(double Ms, bool InBrowser)> shown, bool inBrowser)
    {
        var group = LatencySummary.From(shown.Where(s => s.InBrowser == inBrowser).Select(s => s.Ms).ToList());
        return $"p50 {Figures.Ms(group.P50)}, p99 {Figures.Ms(group.P99)}";
    }

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0.0} MB";
    private static string Kb(double bytes) => $"{bytes / 1024.0:0} KB";
}
