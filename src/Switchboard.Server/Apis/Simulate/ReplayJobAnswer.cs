using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>A replay job just accepted: its id, status (queued) and the URL to follow it at.</summary>
public sealed record ReplayJobAccepted(string Id, string Status, string Url);

/// <summary>Done so far of the leads of the period (<c>total</c> counted when the job started).</summary>
public sealed record ReplayProgress(int Done, int Total);

/// <summary>
/// A replay job: status queued, running, done, cancelled or failed; progress; when it started and finished; the
/// replay's result once done (see <c>Application.Simulation.ReplayResult</c>); the error when failed;
/// <c>cancelRequested</c> once DELETE asked a running job to stop.
/// </summary>
public sealed record ReplayJobAnswer(
    string Id, string Status, string Url, ReplayProgress Progress, string CreatedAt, string? StartedAt, string? FinishedAt,
    bool CancelRequested, JsonNode? Request, JsonNode? Result, string? Error)
{
    public static string UrlOf(string id) => $"/api/simulate/jobs/{id}";

    public static ReplayJobAnswer Of(SimulationJob job) => new(
        job.Id, job.Status, UrlOf(job.Id), new ReplayProgress(job.Done, job.Total), Text(job.CreatedAt)!, Text(job.StartedAt), Text(job.FinishedAt),
        job.CancelRequested != 0, JsonNode.Parse(job.Request), job.Result is null ? null : JsonNode.Parse(job.Result), job.Error);

    private static string? Text(long? ticks) => ticks is { } at ? Instant.FromUnixTimeTicks(at).ToString() : null;
}
