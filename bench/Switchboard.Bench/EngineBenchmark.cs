using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Switchboard.Bench;

/// <summary><c>engine --bdn</c>: one routing decision under BenchmarkDotNet (short job, in process), as a second opinion.</summary>
[MemoryDiagnoser]
public class EngineBenchmark
{
    private EngineWorkload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new EngineWorkload(10_000);
        for (var i = 0; i < _workload.LeadCount; i++)
        {
            if (_workload.DayOver) _workload.StartDay();
            _workload.Decide();
        }
        _workload.Reset();
    }

    /// <summary>One decision; after each simulated day the routing state is emptied (amortised over its decisions).</summary>
    [Benchmark]
    public int Decision()
    {
        if (_workload.DayOver) _workload.StartDay();
        return _workload.Decide().Count;
    }

    internal static int RunBdn()
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "switchboard-bench-artifacts"));
        var summary = BenchmarkRunner.Run<EngineBenchmark>(config);
        var report = summary.Reports.FirstOrDefault();
        if (report?.ResultStatistics is not { } stats) return 1;
        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "engine (BenchmarkDotNet): {0:N0} decisions/s on one core ({1:F2} µs/decision, {2:F2} KB/decision)",
            1e9 / stats.Mean, stats.Mean / 1000, bytes / 1024.0));
        return 0;
    }
}
