using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application;
using Switchboard.Application.Shadow;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// Shadow mode: <c>PUT /api/config/shadow</c> starts (or replaces) a run of a draft beside the live configuration on
/// every new lead, <c>GET</c> shows the running run, <c>DELETE</c> stops it, <c>GET …/report</c> compares the two.
/// The draft routes off the intake path (a background worker), with its own rotation state and no side effects.
/// </summary>
public static class ShadowApi
{
    public static RouteGroupBuilder MapShadowApi(this RouteGroupBuilder config)
    {
        config.MapPut("/shadow", Start).RequireAuthorization(Policies.Manage).WithRequestSizeLimit(8 * 1024 * 1024)
            .Accepts<ShadowBody>("application/json").Produces<ShadowRunView>()
            .WithSummary("Run a draft configuration in shadow beside the live one on every new lead (replaces a running shadow)")
            .WithDescription("Body {config, note?}. The draft is validated and linted as a save would be (400 naming config.… paths). "
                + "From now on every new lead is routed again under the draft, off the intake path, on the run's own rotation state "
                + "(a copy of the live state at start); nothing is written but the run's outcomes.");
        config.MapGet("/shadow", Running).RequireAuthorization(Policies.Manage)
            .Produces<ShadowRunView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The running shadow run (404 when none is running)");
        config.MapDelete("/shadow", Stop).RequireAuthorization(Policies.Manage)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Stop the shadow run; its report stays readable until another run starts");
        config.MapGet("/shadow/report", Report).RequireAuthorization(Policies.Manage)
            .Produces<ShadowReport>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Shadow against live since the run started: agreement, leads per rep both ways, disagreements (newest 50)");
        return config;
    }

    /// <summary>The body as the OpenAPI document describes it (the handler reads it with <see cref="ShadowRequest"/>).</summary>
    /// <param name="Config">A draft configuration document (RoutingConfig) as <c>PUT /api/config</c> takes it.</param>
    /// <param name="Note">Why the draft runs, shown with the run and its report.</param>
    public sealed record ShadowBody(System.Text.Json.Nodes.JsonObject Config, string? Note);

    public static async Task<Results<Ok<ShadowRunView>, ValidationProblem>> Start(HttpRequest request, ClaimsPrincipal user, ShadowService shadow)
    {
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var (read, problem) = ShadowRequest.Read(body.Value!);
        if (read is null) return problem!;
        var (run, errors) = await shadow.StartAsync(read.Config, read.Note, user.Actor(), request.HttpContext.RequestAborted);
        return run is null ? Problems.Invalid(ShadowRequest.InConfig(errors), ShadowRequest.Invalid) : TypedResults.Ok(ShadowRunView.Of(run));
    }

    public static async Task<Results<Ok<ShadowRunView>, ProblemHttpResult>> Running(ShadowService shadow) =>
        await shadow.RunningAsync() is { } run ? TypedResults.Ok(ShadowRunView.Of(run)) : Problems.NotFound("no shadow run is running");

    public static async Task<Results<NoContent, ProblemHttpResult>> Stop(ShadowService shadow) =>
        await shadow.StopAsync() ? TypedResults.NoContent() : Problems.NotFound("no shadow run is running");

    public static async Task<Results<Ok<ShadowReport>, ProblemHttpResult>> Report(ShadowService shadow) =>
        await shadow.ReportAsync() is { } report ? TypedResults.Ok(report) : Problems.NotFound("no shadow run was started");
}

/// <summary>
/// A shadow run: its id, when it started (and stopped), why, who started it, the live configuration version it was
/// started beside, and how many new leads it has routed so far.
/// </summary>
public sealed record ShadowRunView(string Id, NodaTime.Instant StartedAt, NodaTime.Instant? StoppedAt, string? Note, string? Author, int LiveVersion, long LeadsRouted)
{
    public static ShadowRunView Of(ShadowRun run) => new(run.Id, run.StartedAt, run.StoppedAt, run.Note, run.Author, run.LiveVersion, run.Routed);
}
