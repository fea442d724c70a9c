using System.Diagnostics;

namespace Switchboard.Bench.Import;

/// <summary>
/// Samples the working set of this process (the CLI's import logic) and of the server process every
/// 250 ms while an import runs: the peaks, and the values at a tenth, half and nine tenths of the run
/// (a flat line means neither side holds the file or a batch).
/// </summary>
public sealed class MemorySampler(int serverProcessId) : IAsyncDisposable
{
    private readonly List<(long Cli, long Server)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(async () =>
    {
        using var self = Process.GetCurrentProcess();
        using var server = Process.GetProcessById(serverProcessId);
        while (!_stop.IsCancellationRequested)
        {
            self.Refresh();
            server.Refresh();
            lock (_samples) _samples.Add((self.WorkingSet64, server.WorkingSet64));
            try { await Task.Delay(250, _stop.Token); }
            catch (OperationCanceledException) { }
        }
    });

    public async Task<MemoryFigures> StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        lock (_samples)
        {
            if (_samples.Count == 0) return new MemoryFigures(0, 0, [], []);
            (long, long) At(double share) => _samples[Math.Min(_samples.Count - 1, (int)(share * _samples.Count))];
            var points = new[] { At(0.1), At(0.5), At(0.9) };
            return new MemoryFigures(_samples.Max(s => s.Cli), _samples.Max(s => s.Server),
                [.. points.Select(p => p.Item1)], [.. points.Select(p => p.Item2)]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}

/// <summary>Peak working sets (bytes) and the samples at 10%, 50% and 90% of the run.</summary>
public sealed record MemoryFigures(long CliPeak, long ServerPeak, long[] CliAt, long[] ServerAt)
{
    public static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):0} MB";

    public string Line =>
        $"peak working set: CLI {Mb(CliPeak)}, server {Mb(ServerPeak)} (at 10/50/90% of the run: CLI {string.Join(" / ", CliAt.Select(Mb))}; " +
        $"server {string.Join(" / ", ServerAt.Select(Mb))})";
}
