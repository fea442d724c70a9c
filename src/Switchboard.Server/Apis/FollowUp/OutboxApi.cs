using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Operations;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.FollowUp;

/// <summary>The outbox as operators see it: pending, delivered and dead messages, and a manual retry.</summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outbox").WithTags("Outbox").RequireAuthorization(Policies.Manage);
        api.MapGet("/", ListMessages);
        api.MapPost("/{id:long}/retry", RetryMessage).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Send a dead message again (202: it is pending once more)");
        return app;
    }

    public static async Task<Results<Ok<ItemList<OutboxItem>>, ValidationProblem>> ListMessages(FollowUpReads reads, string? state, string? limit)
    {
        var (size, limitProblem) = QueryValues.Limit(limit, 100);
        if (limitProblem is not null) return limitProblem;
        var listed = await reads.ListMessagesAsync(state, size);
        return listed.Error is { } error ? Problems.Invalid(error.Path, error.Message) : TypedResults.Ok(new ItemList<OutboxItem>([.. listed.Value!]));
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> RetryMessage(long id, FollowUpService followUp) =>
        await followUp.RetryMessageAsync(id) ? TypedResults.Accepted("/api/outbox?state=pending") : Problems.NotFound($"no dead message {id}");
}
