using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Config;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Application.Work;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Reps;

/// <summary>Reps (a configuration section) plus their live presence status, which is not configuration.</summary>
public static class RepsApi
{
    public static IEndpointRouteBuilder MapRepsApi(this IEndpointRouteBuilder app)
    {
        var reps = app.MapGroup("/api/reps").WithTags("Reps");
        // Reads overlay live status on the configured one; registered before the generic section so they win.
        reps.MapGet("/", ListReps).RequireAuthorization(Policies.Read);
        reps.MapGet("/{id}", GetRep).RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound);
        reps.MapPut("/{id}/status", SetStatus).RequireAuthorization(Policies.Read)
            .Accepts<StatusBody>("application/json").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Set a rep's live presence (online, away, offline)");
        app.MapConfigSection(ConfigSection<Rep>.Reps, mapReads: false);
        app.MapConfigSection(ConfigSection<Pool>.Pools);
        app.MapConfigSection(ConfigSection<Workflow>.Workflows);
        return app;
    }

    /// <summary>A rep key lists only its own record.</summary>
    public static async Task<Ok<List<Rep>>> ListReps(HttpResponse response, ClaimsPrincipal user, ConfigService configs, ISwitchboardStore store)
    {
        var loads = await store.GetRepLoadsAsync();
        var current = await configs.CurrentAsync();
        var reps = current.Source.Reps.Where(r => ConfigSectionApi.Visible(ConfigSection<Rep>.Reps, r, user)).Select(r => RepAvailability.WithPresence(r, loads)).ToList();
        return ConfigRequest.Tagged(response, TypedResults.Ok(reps), current.Version);
    }

    public static async Task<Results<Ok<Rep>, ProblemHttpResult>> GetRep(string id, HttpResponse response, ClaimsPrincipal user, ConfigService configs, ISwitchboardStore store)
    {
        var current = await configs.CurrentAsync();
        if (ConfigSection<Rep>.Reps.Find(current.Source, id) is not { } rep || !ConfigSectionApi.Visible(ConfigSection<Rep>.Reps, rep, user))
            return Problems.NotFound($"rep '{id}' not found");
        return ConfigRequest.Tagged(response, TypedResults.Ok(RepAvailability.WithPresence(rep, await store.GetRepLoadsAsync())), current.Version);
    }

    public static async Task<Results<Ok<Rep>, ValidationProblem, ProblemHttpResult>> SetStatus(string id, HttpRequest request, ClaimsPrincipal user, RepAvailability availability)
    {
        // A rep asking about another rep is refused before its body is read.
        if (RepAvailability.Refused(id, user.Caller()) is { } refused) return Answer(refused);
        var body = await JsonBody.ReadAsync<StatusBody>(request);
        if (body.Problem is not null) return body.Problem;
        return Answer(await availability.SetStatusAsync(id, body.Value!.Status, user.Caller()));
    }

    private static Results<Ok<Rep>, ValidationProblem, ProblemHttpResult> Answer(RepChange change) => change.Kind switch
    {
        RepChangeKind.Forbidden => Problems.Forbidden(change.Errors[0].Message),
        RepChangeKind.Invalid => Problems.Invalid(change.Errors),
        RepChangeKind.NotFound => Problems.NotFound(change.Errors[0].Message),
        _ => TypedResults.Ok(change.Rep!),
    };

    public sealed record StatusBody(string? Status);
}
