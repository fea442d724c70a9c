using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Server.Auth;
using Switchboard.Server.Delivery;
using Switchboard.Server.Http;
using Switchboard.Server.Application;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.FollowUp;

/// <summary>The outbox as operators see it: pending, delivered and dead messages, and a manual retry.</summary>
public static class OutboxApi
{
    public static readonly string[] States = ["pending", "delivered", "dead"];

    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outbox").WithTags("Outbox").RequireAuthorization(Policies.Manage);
        api.MapGet("/", ListMessages);
        api.MapPost("/{id:long}/retry", RetryMessage);
        return app;
    }

    public static async Task<IResult> ListMessages(ISwitchboardStore store, string? state, int? limit)
    {
        if (state is not null && !States.Contains(state)) return Problems.Invalid("state", $"must be one of {string.Join(", ", States)}");
        if (limit is < 1 or > 500) return Problems.Invalid("limit", "must be between 1 and 500");
        var items = (await store.ListOutboxAsync(state, limit ?? 100)).Select(i => i with { Payload = ConfigSecrets.Redact(i.Channel, i.Payload) });
        return TypedResults.Ok(new JsonObject { ["items"] = JsonSerializer.SerializeToNode(items, EngineJson.Options) });
    }

    public static async Task<IResult> RetryMessage(long id, ISwitchboardStore store, WorkSignals signals, IClock clock)
    {
        if (!await store.RetryOutboxAsync(id, clock.GetCurrentInstant()))
            return Problems.NotFound($"no dead message {id}");
        signals.Outbox.Poke();
        return TypedResults.Accepted($"/api/outbox?state=pending");
    }
}
