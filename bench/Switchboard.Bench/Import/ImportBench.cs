using System.Diagnostics;
using System.Net;
using System.Text;
using Spectre.Console;
using Switchboard.Bench.Intake;
using Switchboard.Cli;

namespace Switchboard.Bench.Import;

/// <summary>
/// import: writes a CSV of N multilingual leads (5% duplicate emails) to disk, starts the Release server
/// (SQLite, or a throwaway PostgreSQL with --postgres) with the intake bench's 7-rep round-robin config,
/// and runs the CLI's import (<see cref="ImportRun"/>, in this process) against it: leads/s, total
/// seconds, peak working sets of both sides; then checks every row was answered and the rotation is exact.
/// </summary>
public static class ImportBench
{
    public const string Description =
        "CSV → switchboard import → batch API: import [--leads 1000000] [--chunk 2000] [--parallel 3] [--postgres] [--progress] [--keep-file]";

    public static async Task<int> RunAsync(string[] args)
    {
        int leads, chunk, parallel;
        bool postgres, progress, keep;
        try
        {
            var options = BenchArgs.Parse(args);
            leads = options.Int("leads", 1_000_000, 1, 50_000_000);
            chunk = options.Int("chunk", 2_000, 1, ImportOptions.MaxChunk);
            parallel = options.Int("parallel", 3, 1, 16);
            postgres = options.Flag("postgres");
            progress = options.Flag("progress");
            keep = options.Flag("keep-file");
            options.RejectUnknown();
        }
        catch (BenchArgsException error)
        {
            Console.Error.WriteLine($"import: {error.Message}");
            return 2;
        }

        var path = Path.Combine(Path.GetTempPath(), $"switchboard-import-{leads}.csv");
        var clock = Stopwatch.StartNew();
        var bytes = ImportFile.Write(path, leads, Guid.NewGuid().ToString("N")[..6]);
        Console.WriteLine($"wrote {Figures.N(leads)} rows ({MemoryFigures.Mb(bytes)}) to {path} in {clock.Elapsed.TotalSeconds:0.0} s");
        try
        {
            await using var cluster = postgres ? await ThrowawayPostgres.StartAsync() : null;
            var database = cluster is null ? null : await cluster.CreateDatabaseAsync("import_" + Guid.NewGuid().ToString("N")[..8]);
            await using var server = await BenchServer.StartAsync(database);
            using (var http = LoadRun.Client(server.Address, 1))
            {
                var put = await http.PutAsync("/api/config", new StringContent(BenchConfig.Json(), Encoding.UTF8, "application/json"));
                if (put.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"PUT /api/config answered {(int)put.StatusCode}");
            }

            await using var memory = new MemorySampler(server.ProcessId);
            memory.Start();
            var (serverCpu, ownCpu) = (server.CpuTime, Environment.CpuUsage.TotalTime);
            var run = new ImportRun(new ImportOptions
            {
                File = path, Maps = [ImportFile.Map], Server = server.Address, Key = BenchServer.AdminKey,
                ChunkSize = chunk, InFlight = parallel, ShowProgress = progress,
            }, AnsiConsole.Console);
            var exit = await run.RunAsync();
            var figures = await memory.StopAsync();
            var cpu = new CpuShare((server.CpuTime - serverCpu).TotalMicroseconds / leads, (Environment.CpuUsage.TotalTime - ownCpu).TotalMicroseconds / leads, null);

            var report = run.Report;
            var pool = BenchConfig.PoolReps.Select(report.CreatedFor).ToArray();
            var exact = pool.Max() - pool.Min() <= 1;
            var answered = report.Created + report.Merged + report.Replayed == leads && report.Rejected == 0;
            var rate = leads / run.Elapsed.TotalSeconds;
            Console.WriteLine($"import {(postgres ? "postgres" : "sqlite")}: {Figures.N(leads)} leads in {run.Elapsed.TotalSeconds:0.0} s = " +
                $"{Figures.N(rate)} leads/s (chunks of {chunk}, {parallel} in flight); created {Figures.N(report.Created)}, merged {Figures.N(report.Merged)}, " +
                $"rejected {Figures.N(report.Rejected)}; CPU per lead: server {cpu.ServerMicroseconds:0} µs, CLI {cpu.ClientMicroseconds:0} µs; {figures.Line}; rotation of the created leads over 7 reps {Figures.N(pool.Min())}–{Figures.N(pool.Max())} " +
                $"({(exact ? "exact" : "NOT exact")}); target ≤ 120 s for 1,000,000: {(run.Elapsed.TotalSeconds * 1_000_000 / leads <= 120 ? "met" : "NOT met")}");
            return exit == ExitCodes.Ok && answered && exact ? 0 : 1;
        }
        finally
        {
            if (!keep) File.Delete(path);
        }
    }
}
