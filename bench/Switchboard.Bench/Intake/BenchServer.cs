using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Switchboard.Bench.Intake;

/// <summary>
/// The real server as a separate OS process: <c>dotnet Switchboard.Server.dll</c> from the bench output
/// (copied there by the project reference), on a free loopback port, logging at Warning, demo off,
/// a fresh data directory; killed and its directory deleted on dispose.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    public const string AdminKey = "sb_bench_admin_key_0123456789";
    public const string ServerEnvPrefix = "BENCH_SERVER_";
    private readonly Process _process;
    private readonly string _workDir;

    private BenchServer(Process process, string workDir, Uri address)
    {
        _process = process;
        _workDir = workDir;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>CPU time the server process has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public int ProcessId => _process.Id;

    /// <param name="postgres">A PostgreSQL connection string, or null for SQLite in the work directory.</param>
    public static async Task<BenchServer> StartAsync(string? postgres)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Switchboard.Server.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("build the bench project first: the server DLL is missing", dll);
        var workDir = Path.Combine(Path.GetTempPath(), "switchboard-bench-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(workDir);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["SWITCHBOARD_ADMIN_KEY"] = AdminKey;
        start.Environment["SWITCHBOARD_DEMO"] = "false";
        start.Environment["Switchboard__DataDir"] = Path.Combine(workDir, "data");
        start.Environment["SWITCHBOARD_DB"] = postgres ?? "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // BENCH_SERVER_X=v in the bench's environment sets X=v for the server only (runtime knobs, tracing).
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Select(e => ((string)e.Key, (string?)e.Value)))
            if (name.StartsWith(ServerEnvPrefix, StringComparison.Ordinal)) start.Environment[name[ServerEnvPrefix.Length..]] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[server] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BenchServer(process, workDir, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with {_process.ExitCode}");
            try
            {
                if ((await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the server did not become ready within 60 s");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_workDir, recursive: true); }
        catch (IOException) { }
    }
}
