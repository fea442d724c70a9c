using NodaTime;

namespace Switchboard.Storage;

// Replay jobs: a row per job that every server process reads; only the runner named on it runs it.
public partial interface ISwitchboardStore
{
    Task InsertSimulationJobAsync(SimulationJob job, CancellationToken ct = default);

    Task<SimulationJob?> GetSimulationJobAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Asks a job to stop: a queued job is cancelled at once (finished at <paramref name="at"/>), a running one gets its
    /// cancel flag, which its runner reads between batches. A finished job is left as it is. False for an unknown id.
    /// </summary>
    Task<bool> RequestSimulationJobCancelAsync(string id, Instant at, CancellationToken ct = default);

    /// <summary>Moves a queued job to running; false when it is no longer queued (cancelled meanwhile, or failed as abandoned).</summary>
    Task<bool> StartSimulationJobAsync(string id, int total, Instant at, Instant leaseUntil, CancellationToken ct = default);

    /// <summary>
    /// A running job's progress, and the lease of every open job of <paramref name="runner"/> renewed; answers whether
    /// cancellation was asked for the job (true also when it is no longer running).
    /// </summary>
    Task<bool> ReportSimulationJobAsync(string id, string runner, int done, Instant leaseUntil, CancellationToken ct = default);

    /// <summary>Ends an open job as done, cancelled or failed, with its result JSON or error; a job already ended stays as it was.</summary>
    Task FinishSimulationJobAsync(string id, SimulationJobEnd end, CancellationToken ct = default);

    /// <summary>
    /// Marks failed the queued and running jobs whose lease ran out before <paramref name="now"/> (their process stopped),
    /// every one or only <paramref name="id"/>; answers how many.
    /// </summary>
    Task<int> FailAbandonedSimulationJobsAsync(Instant now, string? id = null, CancellationToken ct = default);
}

/// <summary>A replay job as stored (instants in Unix ticks). Status: queued, running, done, cancelled or failed.</summary>
public sealed record SimulationJob
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = SimulationJobStatus.Queued;
    /// <summary>The server process that accepted the job and runs it.</summary>
    public string Runner { get; init; } = "";
    public long LeaseUntil { get; init; }
    /// <summary>The period asked for, as JSON.</summary>
    public string Request { get; init; } = "{}";
    public int Done { get; init; }
    public int Total { get; init; }
    public int CancelRequested { get; init; }
    public long CreatedAt { get; init; }
    public long? StartedAt { get; init; }
    public long? FinishedAt { get; init; }
    public string? Result { get; init; }
    public string? Error { get; init; }
}

/// <summary>How a job ended.</summary>
public sealed record SimulationJobEnd(string Status, int Done, Instant At, string? Result, string? Error);

public static class SimulationJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
    public const string Failed = "failed";

    public static bool IsOpen(string status) => status is Queued or Running;
}
