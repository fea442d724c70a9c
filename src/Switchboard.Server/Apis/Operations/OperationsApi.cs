using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Operations;

/// <summary>Liveness and readiness for load balancers and orchestrators, and metrics for Prometheus.</summary>
public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok"))).WithTags("Operations").WithSummary("Liveness (no key needed)");
        app.MapGet("/readyz", Ready).WithTags("Operations").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Readiness: the routing writer runs, the database answers and, on PostgreSQL, the other processes' live updates are heard (no key needed)");
        // Prometheus text format, without a key like the probes above: routing commands, decisions, group commits, HTTP.
        app.MapPrometheusScrapingEndpoint("/metrics").WithTags("Operations");
        return app;
    }

    public static async Task<Results<Ok<Readiness>, ProblemHttpResult>> Ready(ISwitchboardStore store, RoutingWriter writer, LiveRelay relay, CancellationToken ct)
    {
        if (!writer.Running) return TypedResults.Problem("the routing writer is not running", statusCode: 503);
        if (!relay.Listening) return TypedResults.Problem("not listening for the other processes' live updates", statusCode: 503);
        try
        {
            var version = await store.GetConfigVersionNumberAsync(ct);
            return TypedResults.Ok(new Readiness("ready", version));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return TypedResults.Problem($"database unavailable: {error.Message}", statusCode: 503);
        }
    }
}

public sealed record Health(string Status);

public sealed record Readiness(string Status, int ConfigVersion);
