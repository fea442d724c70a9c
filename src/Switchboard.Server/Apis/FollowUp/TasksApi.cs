using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using Switchboard.Application;
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
        ClaimsPrincipal user, ISwitchboardStore store, IClock clock, string? owner, string? due, string? done, string? limit)
    {
        var (ownerFilter, invalidOwner, forbiddenOwner) = ListRefusals.Owner(user, owner, "tasks");
        if (invalidOwner is not null) return invalidOwner;
        if (forbiddenOwner is not null) return forbiddenOwner;
        Instant? dueBefore = null;
        if (due is "now" or "overdue") dueBefore = clock.GetCurrentInstant();
        else if (due is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(due);
            if (!parsed.Success) return Problems.Invalid("due", "must be an ISO-8601 instant such as 2026-11-23T18:00:00Z, or \"overdue\"");
            dueBefore = parsed.Value;
        }
        var (includeDone, doneProblem) = QueryValues.Flag("done", done);
        if (doneProblem is not null) return doneProblem;
        var (size, limitProblem) = QueryValues.Limit(limit, 100);
        if (limitProblem is not null) return limitProblem;
        var tasks = await store.ListTasksAsync(new TaskQuery { Owner = ownerFilter, DueBefore = dueBefore, IncludeDone = includeDone ?? false, Limit = size });
        return TypedResults.Ok(new ItemList<TaskRecord>(tasks));
    }

    public static async Task<Results<Ok<TaskRecord>, ProblemHttpResult>> CompleteTask(string id, ClaimsPrincipal user, FollowUpService followUp) =>
        await followUp.CompleteTaskAsync(id, user.Caller()) is { } task ? TypedResults.Ok(task) : Problems.NotFound($"task '{id}' not found");
}
