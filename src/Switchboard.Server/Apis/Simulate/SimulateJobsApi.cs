using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.Simulation;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>
/// Replay jobs: <c>GET /api/simulate/jobs/{id}</c> follows one, <c>DELETE</c> cancels it. Any server process on the
/// database answers both (the job is a row); the process that accepted the job runs it.
/// </summary>
public static class SimulateJobsApi
{
    public static RouteGroupBuilder MapSimulateJobs(this RouteGroupBuilder group)
    {
        group.MapGet("/jobs/{id}", Get).RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A replay job: status, progress, and its result once done")
            .WithDescription("status: queued | running | done | cancelled | failed; progress {done, total} leads; startedAt, finishedAt; "
                + "result (when done): {configVersion, from, to, leads, reps:[{repId, name, draft, real}], ownersChanged, unassigned, queued, "
                + "pools:[{poolId, name, spread, reps}], changed:[{leadId, real, draft}], …}; error (when failed). A job left open by a server "
                + "process that stopped is failed once its lease (2 minutes) runs out.");
        group.MapDelete("/jobs/{id}", Cancel).RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ReplayJobAnswer>(StatusCodes.Status202Accepted)
            .WithSummary("Cancel a replay job")
            .WithDescription("A queued job is cancelled at once (200). A running job is asked to stop and stops after its current batch "
                + "(202, cancelRequested true; follow it with GET). A finished job (done, cancelled, failed) stays as it is (200).");
        return group;
    }

    public static async Task<Results<Ok<ReplayJobAnswer>, ProblemHttpResult>> Get(string id, ReplayJobs jobs, CancellationToken ct) =>
        await jobs.GetAsync(id, ct) is { } job ? TypedResults.Ok(ReplayJobAnswer.Of(job)) : Unknown(id);

    public static async Task<Results<Ok<ReplayJobAnswer>, Accepted<ReplayJobAnswer>, ProblemHttpResult>> Cancel(string id, ReplayJobs jobs, CancellationToken ct)
    {
        if (await jobs.CancelAsync(id, ct) is not { } job) return Unknown(id);
        var answer = ReplayJobAnswer.Of(job);
        return SimulationJobStatus.IsOpen(job.Status) ? TypedResults.Accepted(answer.Url, answer) : TypedResults.Ok(answer);
    }

    private static ProblemHttpResult Unknown(string id) => Problems.NotFound($"no simulation job {Clip(id)}");

    private static string Clip(string id) => id.Length > 60 ? id[..60] + "…" : id;
}
