using NodaTime;

namespace Switchboard.Storage;

// Replay jobs (simulation_jobs): single-row statements; none takes the routing lock on PostgreSQL, and on SQLite each is
// one short write.
public abstract partial class SqlStore
{
    private const string JobColumns =
        "id AS Id, status AS Status, runner AS Runner, lease_until AS LeaseUntil, request AS Request, done AS Done, total AS Total, " +
        "cancel_requested AS CancelRequested, created_at AS CreatedAt, started_at AS StartedAt, finished_at AS FinishedAt, result AS Result, error AS Error";

    private const string OpenJob = "status IN ('queued', 'running')";

    public Task InsertSimulationJobAsync(SimulationJob job, CancellationToken ct = default) => WriteAsync(
        "INSERT INTO simulation_jobs (id, status, runner, lease_until, request, done, total, cancel_requested, created_at, started_at, finished_at, result, error) " +
        "VALUES (@Id, @Status, @Runner, @LeaseUntil, @Request, @Done, @Total, @CancelRequested, @CreatedAt, @StartedAt, @FinishedAt, @Result, @Error)", job, ct);

    public Task<SimulationJob?> GetSimulationJobAsync(string id, CancellationToken ct = default) =>
        QuerySingleOrDefaultAsync<SimulationJob>($"SELECT {JobColumns} FROM simulation_jobs WHERE id = @id", new { id }, ct);

    public async Task<bool> RequestSimulationJobCancelAsync(string id, Instant at, CancellationToken ct = default)
    {
        await WriteAsync(
            "UPDATE simulation_jobs SET cancel_requested = 1, " +
            "finished_at = CASE WHEN status = 'queued' THEN @at ELSE finished_at END, " +
            "status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END " +
            $"WHERE id = @id AND {OpenJob}", new { id, at = at.ToUnixTimeTicks() }, ct);
        return await QuerySingleOrDefaultAsync<string>("SELECT id FROM simulation_jobs WHERE id = @id", new { id }, ct) is not null;
    }

    public async Task<bool> StartSimulationJobAsync(string id, int total, Instant at, Instant leaseUntil, CancellationToken ct = default) =>
        await WriteAsync("UPDATE simulation_jobs SET status = 'running', total = @total, started_at = @at, lease_until = @leaseUntil WHERE id = @id AND status = 'queued'",
            new { id, total, at = at.ToUnixTimeTicks(), leaseUntil = leaseUntil.ToUnixTimeTicks() }, ct) == 1;

    public async Task<bool> ReportSimulationJobAsync(string id, string runner, int done, Instant leaseUntil, CancellationToken ct = default)
    {
        await WriteAsync(
            "UPDATE simulation_jobs SET lease_until = @leaseUntil, done = CASE WHEN id = @id THEN @done ELSE done END " +
            $"WHERE runner = @runner AND {OpenJob}", new { id, runner, done, leaseUntil = leaseUntil.ToUnixTimeTicks() }, ct);
        var job = await GetSimulationJobAsync(id, ct);
        return job is null || job.Status != SimulationJobStatus.Running || job.CancelRequested != 0;
    }

    public Task FinishSimulationJobAsync(string id, SimulationJobEnd end, CancellationToken ct = default) => WriteAsync(
        $"UPDATE simulation_jobs SET status = @Status, done = @Done, finished_at = @at, result = @Result, error = @Error WHERE id = @id AND {OpenJob}",
        new { id, end.Status, end.Done, at = end.At.ToUnixTimeTicks(), end.Result, end.Error }, ct);

    public Task<int> FailAbandonedSimulationJobsAsync(Instant now, string? id = null, CancellationToken ct = default) => WriteAsync(
        "UPDATE simulation_jobs SET status = 'failed', finished_at = @now, " +
        "error = 'the server process running this job stopped before it finished; start the replay again' " +
        $"WHERE {OpenJob} AND lease_until < @now" + (id is null ? "" : " AND id = @id"), new { now = now.ToUnixTimeTicks(), id }, ct);
}
