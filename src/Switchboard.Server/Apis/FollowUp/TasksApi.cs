using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application;
using Switchboard.Application.Operations;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.FollowUp;

/// <summary>Tasks created by workflows (e.g. the same-day discovery call), per owner and due time.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Read);
        api.MapGet("/", ListTasks);
        api.MapPost("/{id}/done", CompleteTask).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary><paramref name="due"/>: an ISO-8601 instant ("due by then"), or "now" / "overdue" (due by now).</summary>
    public static async Task<Results<Ok<ItemList<TaskRecord>>, ValidationProblem, ProblemHttpResult>> ListTasks(
        ClaimsPrincipal user, FollowUpReads reads, string? owner, string? due, string? done, string? limit)
    {
        var (ownerFilter, invalidOwner, forbiddenOwner) = ListRefusals.Owner(user, owner, "tasks");
        if (invalidOwner is not null) return invalidOwner;
        if (forbiddenOwner is not null) return forbiddenOwner;
        var (includeDone, doneProblem) = QueryValues.Flag("done", done);
        if (doneProblem is not null) return doneProblem;
        var (size, limitProblem) = QueryValues.Limit(limit, 100);
        if (limitProblem is not null) return limitProblem;
        var listed = await reads.ListTasksAsync(ownerFilter, due, includeDone ?? false, size);
        return listed.Error is { } error ? Problems.Invalid(error.Path, error.Message) : TypedResults.Ok(new ItemList<TaskRecord>([.. listed.Value!]));
    }

    public static async Task<Results<Ok<TaskRecord>, ProblemHttpResult>> CompleteTask(string id, ClaimsPrincipal user, FollowUpService followUp) =>
        await followUp.CompleteTaskAsync(id, user.Caller()) is { } task ? TypedResults.Ok(task) : Problems.NotFound($"task '{id}' not found");
}
