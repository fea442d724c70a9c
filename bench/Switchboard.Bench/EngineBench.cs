using System.Diagnostics;
using System.Globalization;

namespace Switchboard.Bench;

/// <summary>
/// <c>engine</c>: routing decisions per second on one core. Single thread: a warm-up, then simulated
/// business days of <see cref="EngineWorkload.DayLength"/> decisions until the requested time is spent. Leads
/// arrive in batches (<c>--batch</c>, default the server's largest group commit, <see cref="EngineWorkload.MaxGroupCommit"/>), parsed untimed as intake does; only the decisions
/// are timed, and the routing state is reset between days. Reports decisions/s, µs and bytes allocated per decision, and Gen0 collections.
/// </summary>
internal static class EngineBench
{
    public const double Target = 250_000;

    public static int Run(BenchArgs args)
    {
        var seconds = args.Number("seconds", 10, 0.1, 3600);
        var warmup = args.Number("warmup", 3, 0, 600);
        var leads = args.Int("leads", 10_000, 100, 1_000_000);
        var batch = args.Int("batch", EngineWorkload.MaxGroupCommit, 1, EngineWorkload.DayLength);
        var bdn = args.Flag("bdn");
        args.RejectUnknown();
        if (bdn) return EngineBenchmark.RunBdn();

        var workload = new EngineWorkload(leads, batch);
        Console.WriteLine("config: reference configuration passes ConfigValidator with 0 errors");
        Console.WriteLine(EngineProfile.Describe(workload));
        Console.WriteLine($"arrival: {batch} leads at a time, parsed and validated as the server's intake does (untimed), then routed one after another");
        workload.Reset();
        if (warmup > 0) Measure(workload, warmup);
        var result = Measure(workload, seconds);
        Print(result);
        return 0;
    }

    private sealed record Result(long Decisions, long Records, TimeSpan Elapsed, TimeSpan Cpu, long Bytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public double PerSecond => Decisions / Elapsed.TotalSeconds;
        public double RecordsPerSecond => Records / Elapsed.TotalSeconds;
        public double MicrosPerDecision => Elapsed.TotalMicroseconds / Decisions;
        public double BytesPerDecision => (double)Bytes / Decisions;
    }

    private static Result Measure(EngineWorkload workload, double seconds)
    {
        var stopwatch = new Stopwatch();
        var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        long decisions = 0, bytes = 0, sink = 0;
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            workload.StartDay();
            while (!workload.DayOver)
            {
                workload.Arrive(); // intake's parsing: not timed
                var count = workload.Arrived;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                stopwatch.Start();
                for (var i = 0; i < count; i++) sink += workload.Decide().Count;
                stopwatch.Stop();
                bytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuBefore;
                decisions += count;
            }
        }
        if (sink < decisions) throw new InvalidOperationException("a decision produced no audit record");
        return new Result(decisions, sink, stopwatch.Elapsed, cpu, bytes,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - paused);
    }

    private static void Print(Result r)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c,
            "engine: {0:N0} decisions/s on one core ({1:F2} µs/decision, {2:F2} KB/decision); a decision routes one lead and records {3:F2} Decisions, {4:N0} records/s",
            r.PerSecond, r.MicrosPerDecision, r.BytesPerDecision / 1024, (double)r.Records / r.Decisions, r.RecordsPerSecond));
        Console.WriteLine(string.Format(c,
            "  {0:N0} decisions in {1:F2} s timed; {2:N0} B/decision; GC during the run: Gen0 {3}, Gen1 {4}, Gen2 {5} ({6:F1} Gen0 per 100k decisions), paused {7:F0} ms (parsing included)",
            r.Decisions, r.Elapsed.TotalSeconds, r.BytesPerDecision, r.Gen0, r.Gen1, r.Gen2, r.Gen0 * 100_000.0 / r.Decisions, r.Paused.TotalMilliseconds));
        Console.WriteLine(string.Format(c,
            "  process CPU time {0:F2} s ({1:P0} of wall time): {2:N0} decisions per CPU-second; on a shared machine this is the steadier figure",
            r.Cpu.TotalSeconds, r.Cpu / r.Elapsed, r.Decisions / r.Cpu.TotalSeconds));
        Console.WriteLine(string.Format(c, "  target ≥ {0:N0} decisions/s: {1} counting leads routed, {2} counting Decision records",
            Target, r.PerSecond >= Target ? "met" : "NOT met", r.RecordsPerSecond >= Target ? "met" : "NOT met"));
    }
}
