using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Application.Operations;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Queues;

/// <summary>
/// The queues a manager works through: leads waiting for an owner (unassigned, queued in a pool, claimable on a
/// shark-tank board), longest waiting first, each with the decision that says why and when it is next looked at.
/// </summary>
public static class QueuesApi
{
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/queues").WithTags("Queues").RequireAuthorization(Policies.Manage);
        api.MapGet("/{status}", ListQueue)
            .WithSummary("Leads waiting in one queue (unassigned, queued or claimable), longest waiting first, with why and when next tried");
        return app;
    }

    public static async Task<Results<Ok<Page<QueueEntry>>, ValidationProblem>> ListQueue(
        string status, WaitingLeads waiting, string? pool, string? cursor, string? limit)
    {
        var (size, limitProblem) = QueryValues.Limit(limit, 50);
        if (limitProblem is not null) return limitProblem;
        var listed = await waiting.ListAsync(status, pool, cursor, size);
        if (listed.Error is { } error) return Problems.Invalid(error.Path, error.Message);
        var page = listed.Value!;
        return TypedResults.Ok(new Page<QueueEntry>(
            [.. page.Items.Select(item => new QueueEntry(LeadJson.Write(item.Lead), item.LastDecision, item.NextAt))], page.NextCursor));
    }
}

/// <param name="Lead">The lead as <c>GET /api/leads/{id}</c> shows it.</param>
/// <param name="LastDecision">Its latest decision, whose <c>why</c> says why it waits; null when it has none.</param>
/// <param name="NextAt">Queued: the pool's next re-check of it; claimable: when its claim window closes; unassigned: null.</param>
public sealed record QueueEntry(JsonObject Lead, Decision? LastDecision, Instant? NextAt);
