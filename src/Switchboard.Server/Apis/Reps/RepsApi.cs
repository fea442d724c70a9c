using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Config;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Reps;

/// <summary>Reps (a configuration section) plus their live presence status, which is not configuration.</summary>
public static class RepsApi
{
    public static readonly string[] Statuses = ["online", "away", "offline"];

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
        var reps = current.Source.Reps.Where(r => ConfigSectionApi.Visible(ConfigSection<Rep>.Reps, r, user)).Select(r => Live(r, loads)).ToList();
        return ConfigRequest.Tagged(response, TypedResults.Ok(reps), current.Version);
    }

    public static async Task<Results<Ok<Rep>, ProblemHttpResult>> GetRep(string id, HttpResponse response, ClaimsPrincipal user, ConfigService configs, ISwitchboardStore store)
    {
        var current = await configs.CurrentAsync();
        if (ConfigSection<Rep>.Reps.Find(current.Source, id) is not { } rep || !ConfigSectionApi.Visible(ConfigSection<Rep>.Reps, rep, user))
            return Problems.NotFound($"rep '{id}' not found");
        return ConfigRequest.Tagged(response, TypedResults.Ok(Live(rep, await store.GetRepLoadsAsync())), current.Version);
    }

    public static async Task<Results<Ok<Rep>, ValidationProblem, ProblemHttpResult>> SetStatus(string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        if (user.RestrictedToRep() is { } self && self != id) return Problems.Forbidden("a rep key may change only its own status");
        var body = await JsonBody.ReadAsync<StatusBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (body.Value!.Status is not { } status || !Statuses.Contains(status))
            return Problems.Invalid("status", $"must be one of {string.Join(", ", Statuses)}");
        if (ConfigSection<Rep>.Reps.Find((await configs.CurrentAsync()).Source, id) is not { } rep) return Problems.NotFound($"rep '{id}' not found");
        await RepPresence.SetAsync(request.HttpContext.RequestServices, id, status);
        return TypedResults.Ok(rep with { Status = status });
    }

    private static Rep Live(Rep rep, IReadOnlyDictionary<string, RepLoad> loads) =>
        loads.TryGetValue(rep.Id, out var load) && load.Status is { } status ? rep with { Status = status } : rep;

    public sealed record StatusBody(string? Status);
}
