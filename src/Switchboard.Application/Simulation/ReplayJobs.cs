using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Simulation;

/// <summary>
/// Replays as jobs. Each job is a row (<c>simulation_jobs</c>) that any server process reads and cancels; the process
/// that accepted it runs it, one job at a time, in this background service, renewing the lease of its open jobs as it
/// reports progress. A queued or running job whose lease ran out was left by a process that stopped: it is marked failed
/// when any process starts and when it is read. The draft configuration stays in the accepting process's memory only.
/// </summary>
public sealed class ReplayJobs(ISwitchboardStore store, IClock clock, ILogger<ReplayJobs> log) : BackgroundService
{
    /// <summary>How long an open job is known alive without a word from its process.</summary>
    public static readonly Duration Lease = Duration.FromMinutes(2);

    /// <summary>Progress is written at most this often (a write each, the cancel flag read with it).</summary>
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(1);

    private readonly string _runner = "replay-" + Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<Queued> _queue = Channel.CreateUnbounded<Queued>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Leads per batch (tests make it small).</summary>
    internal int BatchSize { get; set; } = Replay.BatchSize;

    /// <summary>For tests: awaited after each batch, before progress is reported and the cancel flag read.</summary>
    internal Func<string, int, Task>? BetweenBatches { get; set; }

    /// <summary>For tests: awaited before a queued job starts.</summary>
    internal Func<string, Task>? BeforeStart { get; set; }

    public static string NewJobId() => "sim_" + Guid.CreateVersion7().ToString("N");

    /// <summary>Stores the job as queued and hands it to this process's runner.</summary>
    public async Task<SimulationJob> SubmitAsync(ReplayPeriod period, CompiledConfig config, bool draft, CompiledConfig live, CancellationToken ct = default)
    {
        var now = clock.GetCurrentInstant();
        var job = new SimulationJob
        {
            Id = NewJobId(), Status = SimulationJobStatus.Queued, Runner = _runner, LeaseUntil = (now + Lease).ToUnixTimeTicks(),
            Request = JsonSerializer.Serialize(new { from = period.From, to = period.To, source = period.Source, draft, configVersion = config.Version }, EngineJson.Options),
            CreatedAt = now.ToUnixTimeTicks(),
        };
        await store.InsertSimulationJobAsync(job, ct);
        await _queue.Writer.WriteAsync(new Queued(job.Id, period, config, draft, live), ct);
        return job;
    }

    /// <summary>The job as stored, failed first when its process's lease ran out; null when unknown.</summary>
    public async Task<SimulationJob?> GetAsync(string id, CancellationToken ct = default)
    {
        var job = await store.GetSimulationJobAsync(id, ct);
        if (job is null || !SimulationJobStatus.IsOpen(job.Status) || job.LeaseUntil >= clock.GetCurrentInstant().ToUnixTimeTicks()) return job;
        await store.FailAbandonedSimulationJobsAsync(clock.GetCurrentInstant(), id, ct);
        return await store.GetSimulationJobAsync(id, ct);
    }

    /// <summary>Cancels a queued job, asks a running one to stop; a finished job stays. Null when unknown.</summary>
    public async Task<SimulationJob?> CancelAsync(string id, CancellationToken ct = default) =>
        await store.RequestSimulationJobCancelAsync(id, clock.GetCurrentInstant(), ct) ? await GetAsync(id, ct) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var abandoned = await store.FailAbandonedSimulationJobsAsync(clock.GetCurrentInstant(), null, stoppingToken);
        if (abandoned > 0) log.ReplaysAbandoned(abandoned);
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(job, stoppingToken);
    }

    private async Task RunAsync(Queued job, CancellationToken stopping)
    {
        var done = 0;
        try
        {
            if (BeforeStart is { } hold) await hold(job.Id);
            var total = await store.CountLeadsCreatedAsync(job.Period.From, job.Period.To, job.Period.Source, stopping);
            if (!await store.StartSimulationJobAsync(job.Id, total, clock.GetCurrentInstant(), LeaseEnd(), stopping)) return;
            var reported = Stopwatch.StartNew();
            var result = await new Replay(store).RunAsync(job.Period, job.Config, job.Draft, job.Live, async leads =>
            {
                done = leads;
                if (BetweenBatches is { } between) await between(job.Id, leads);
                else if (reported.Elapsed < ReportEvery) return false;
                reported.Restart();
                return await store.ReportSimulationJobAsync(job.Id, _runner, leads, LeaseEnd(), stopping);
            }, BatchSize, stopping);
            var json = result is null ? null : JsonSerializer.Serialize(result, EngineJson.Options);
            await EndAsync(job.Id, result is null ? SimulationJobStatus.Cancelled : SimulationJobStatus.Done, result?.Leads ?? done, json, null);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await EndAsync(job.Id, SimulationJobStatus.Failed, done, null, "the server stopped before the replay finished; start it again");
        }
        catch (Exception error)
        {
            log.ReplayFailed(error, job.Id);
            await EndAsync(job.Id, SimulationJobStatus.Failed, done, null, "the replay failed: " + error.Message);
        }
    }

    private async Task EndAsync(string id, string status, int done, string? result, string? error)
    {
        await store.FinishSimulationJobAsync(id, new SimulationJobEnd(status, done, clock.GetCurrentInstant(), result, error), CancellationToken.None);
        log.ReplayEnded(id, status, done);
    }

    private Instant LeaseEnd() => clock.GetCurrentInstant() + Lease;

    private sealed record Queued(string Id, ReplayPeriod Period, CompiledConfig Config, bool Draft, CompiledConfig Live);
}
