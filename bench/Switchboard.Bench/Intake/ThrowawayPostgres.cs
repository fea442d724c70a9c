using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Switchboard.Bench.Intake;

/// <summary>
/// A PostgreSQL cluster for one benchmark run: initdb into a temp directory, started on a free
/// 127.0.0.1 port with fsync and synchronous_commit on (a commit is durable, as in production),
/// stopped and deleted on dispose. As root, initdb and pg_ctl run as the postgres OS user.
/// Binaries: $SWITCHBOARD_PG_BIN, then PATH, then the newest /usr/lib/postgresql/*/bin.
/// A kept cluster (<see cref="StartAsync(string?)"/> with a directory) is made once in that directory, started again
/// by later runs and stopped, not deleted, on dispose.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private readonly string _root;
    private readonly bool _kept;
    private string? _bin;
    private bool _started;

    private ThrowawayPostgres(string? keep)
    {
        _kept = keep is not null;
        _root = keep is null ? Path.Combine(Path.GetTempPath(), "switchboard-bench-pg-" + Guid.NewGuid().ToString("N")[..10]) : Path.GetFullPath(keep);
    }

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_root, "data");

    /// <param name="keep">A directory to keep the cluster in (made on the first run, reused after); null for a throwaway one.</param>
    public static async Task<ThrowawayPostgres> StartAsync(string? keep = null)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql, or set SWITCHBOARD_PG_BIN");
        var cluster = new ThrowawayPostgres(keep);
        try
        {
            await cluster.InitAsync(bin);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private async Task InitAsync(string bin)
    {
        Directory.CreateDirectory(_root);
        if (RunningAsRoot) await RunAsync("chown", [$"{Superuser}:", _root]);
        if (!_kept || !File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
            await RunToolAsync(bin, "initdb", "-D", DataDirectory, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        Port = FreePort();
        await RunToolAsync(bin, "pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=200", "start");
        _bin = bin;
        _started = true;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync("postgres", $"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    /// <summary>Runs one statement outside a transaction (CREATE DATABASE, VACUUM) in <paramref name="database"/>.</summary>
    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database }.ToString();

    public async ValueTask DisposeAsync()
    {
        if (_started && _bin is not null)
        {
            _started = false;
            NpgsqlConnection.ClearAllPools();
            try { await RunToolAsync(_bin, "pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop"); }
            catch (Exception error) { Console.Error.WriteLine($"postgres: stop failed: {error.Message}"); }
        }
        if (!_kept && Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>
    /// CPU time used so far by this cluster's processes (the postmaster, its live children and the
    /// children it has reaped), from /proc; zero where /proc is not available.
    /// </summary>
    public TimeSpan CpuTime
    {
        get
        {
            try
            {
                var postmaster = int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First());
                var ticks = ProcTicks(postmaster, withReaped: true);
                foreach (var dir in Directory.EnumerateDirectories("/proc"))
                    if (int.TryParse(Path.GetFileName(dir), out var pid) && ParentOf(pid) == postmaster) ticks += ProcTicks(pid, withReaped: false);
                return TimeSpan.FromSeconds(ticks / 100.0);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
            {
                return TimeSpan.Zero;
            }
        }
    }

    /// <summary>utime + stime (+ cutime + cstime) in clock ticks (USER_HZ = 100 on Linux).</summary>
    private static long ProcTicks(int pid, bool withReaped)
    {
        var fields = StatFields(pid);
        if (fields is null) return 0;
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return withReaped ? ticks + long.Parse(fields[13]) + long.Parse(fields[14]) : ticks;
    }

    private static int ParentOf(int pid) => StatFields(pid) is { } fields ? int.Parse(fields[1]) : -1;

    /// <summary>The fields of /proc/pid/stat after the command name (index 0 = state), or null if it is gone.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static Task RunToolAsync(string bin, string tool, params string[] args)
    {
        var path = Path.Combine(bin, tool);
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
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
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
        if (Environment.GetEnvironmentVariable("SWITCHBOARD_PG_BIN") is { Length: > 0 } configured) return configured;
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin")));
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }
}
