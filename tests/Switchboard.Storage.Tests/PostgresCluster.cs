using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Switchboard.Storage.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: initdb into a temp directory, start on a free 127.0.0.1 port
/// (fsync on, trust auth, unix socket in the temp directory), hand out fresh databases, stop and delete on
/// dispose. As root, initdb and pg_ctl run as the <c>postgres</c> OS user (initdb refuses root).
/// Use it as an xunit collection fixture (<c>ICollectionFixture&lt;PostgresCluster&gt;</c>; it starts in
/// InitializeAsync) or via <see cref="StartAsync"/>. Guard tests with <see cref="PostgresFactAttribute"/>:
/// when <see cref="BinariesAvailable"/> is false the fixture does nothing and the tests are skipped.
/// The binaries are looked up in $SWITCHBOARD_PG_BIN, then PATH, then /usr/lib/postgresql/*/bin (newest).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime, IAsyncDisposable
{
    public const string MissingBinariesReason = "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql";
    public const string Superuser = "postgres";

    private static readonly Lazy<string?> Binaries = new(FindBinaries);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "switchboard-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private int _databases;
    private bool _started;

    /// <summary>The directory holding initdb and pg_ctl, or null.</summary>
    public static string? BinDirectory => Binaries.Value;

    public static bool BinariesAvailable => BinDirectory is not null;

    public int Port { get; private set; }

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The maintenance database of the running cluster.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <summary>Starts a cluster now (for use outside an xunit fixture).</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        if (!cluster._started) throw new InvalidOperationException(MissingBinariesReason);
        return cluster;
    }

    public async Task InitializeAsync()
    {
        if (!BinariesAvailable || _started) return;
        Directory.CreateDirectory(_root);
        if (RunningAsRoot) await RunAsync("chown", [$"{Superuser}:", _root]);
        await RunPostgresToolAsync("initdb", "-D", DataDirectory, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        Port = FreePort();
        await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300", "start");
        _started = true;
        await WaitUntilReadyAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (!_started) throw new InvalidOperationException(BinariesAvailable ? "the cluster is not started" : MissingBinariesReason);
        var name = $"switchboard_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, IncludeErrorDetail = true,
        }.ToString();

    public async Task DisposeAsync()
    {
        if (_started)
        {
            _started = false;
            NpgsqlConnection.ClearAllPools();
            try { await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop"); }
            catch (Exception error) { await Console.Error.WriteLineAsync($"PostgresCluster: stop failed: {error.Message}"); }
        }
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static Task RunPostgresToolAsync(string tool, params string[] args)
    {
        var path = Path.Combine(BinDirectory!, tool);
        return RunningAsRoot ? RunAsync("runuser", ["-u", Superuser, "--", path, .. args]) : RunAsync(path, args);
    }

    private static async Task RunAsync(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("SWITCHBOARD_PG_BIN") is { Length: > 0 } configured)
            candidates.Add(configured);
        else
        {
            candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
            if (Directory.Exists("/usr/lib/postgresql"))
                candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                    .Select(dir => Path.Combine(dir, "bin")));
        }
        var found = candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (found is null) Console.Error.WriteLine($"SKIPPING PostgreSQL tests: {MissingBinariesReason}");
        return found;
    }
}
