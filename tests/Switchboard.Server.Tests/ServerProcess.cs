using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Switchboard.Server.Tests;

/// <summary>
/// The server as a separate OS process (the built Switchboard.Server.dll), for tests with real parallel HTTP clients
/// and several processes sharing one database. It listens on a loopback port the OS gives it (port 0) and is known
/// by the address it announces, so no other process can take its port between choosing and binding it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>How long a start may take on a loaded machine.</summary>
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(2);
    private const string Announcement = "Switchboard is listening on ";

    private readonly Process _process;
    private readonly string _workDir;
    private readonly bool _ownsWorkDir;
    private readonly TaskCompletionSource<Uri> _announced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process, string workDir, bool ownsWorkDir)
    {
        _process = process;
        _workDir = workDir;
        _ownsWorkDir = ownsWorkDir;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Starts a server and returns once it answers ready; <paramref name="settings"/> are configuration keys (Switchboard:Outbox:Lease).</summary>
    public static async Task<ServerProcess> StartAsync(string? postgres = null, string? dataDir = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var workDir = dataDir ?? Path.Combine(Path.GetTempPath(), "switchboard-proc-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(workDir);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Switchboard.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["SWITCHBOARD_ADMIN_KEY"] = SwitchboardApp.AdminKey;
        start.Environment["SWITCHBOARD_DEMO"] = "false";
        start.Environment["Switchboard__DataDir"] = Path.Combine(workDir, "data");
        start.Environment["SWITCHBOARD_DB"] = postgres ?? "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;
        var server = new ServerProcess(Process.Start(start)!, workDir, dataDir is null);
        await server.WaitUntilReadyAsync();
        return server;
    }

    public HttpClient Client(string key = SwitchboardApp.AdminKey)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Waits for the announced address, then until it answers /readyz (the database reachable, the routing writer running).</summary>
    private async Task WaitUntilReadyAsync()
    {
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith(Announcement, StringComparison.Ordinal) == true)
                _announced.TrySetResult(new Uri(e.Data[Announcement.Length..].Split(' ')[0]));
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[server] " + e.Data); };
        _process.Exited += (_, _) => _announced.TrySetException(new InvalidOperationException($"server exited with {_process.ExitCode}"));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (_process.HasExited) _announced.TrySetException(new InvalidOperationException($"server exited with {_process.ExitCode}"));
        using var patience = new CancellationTokenSource(StartPatience);
        Address = await _announced.Task.WaitAsync(patience.Token);
        using var client = new HttpClient { BaseAddress = Address };
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"server exited with {_process.ExitCode}");
            try
            {
                if ((await client.GetAsync("/readyz", patience.Token)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100, patience.Token);
        }
    }

    /// <summary>Kills the process (no graceful shutdown), keeping its data directory for a restart.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string WorkDirectory => _workDir;

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (!_ownsWorkDir) return;
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// The tests that run servers as processes, with a PostgreSQL cluster of their own: they run beside the in-process API
/// suites instead of after the PostgreSQL one (the suites' longest path), one test at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServerProcessCollection : ICollectionFixture<Storage.Tests.PostgresCluster>
{
    public const string Name = "server-processes";
}
