using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Server.Apis.Config;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;

namespace Switchboard.Server.Apis.Lifecycle;

/// <summary>
/// The lifecycle sections of the configuration on their own: <c>/api/pipelines</c> (CRUD like pools),
/// <c>GET/PUT/DELETE /api/scoring</c> and <c>GET/PUT /api/lead-stages</c>. Each change saves a new configuration version.
/// </summary>
public static class LifecycleConfigApi
{
    public static readonly ConfigSection<Pipeline> Pipelines =
        new("pipelines", c => c.Pipelines, (c, l) => c with { Pipelines = l }, p => p.Id, (p, id) => p with { Id = id })
        {
            VisibleToRep = (_, _) => true, // a rep works its deals through the pipelines' stages
        };

    public static IEndpointRouteBuilder MapLifecycleConfigApi(this IEndpointRouteBuilder app)
    {
        app.MapConfigSection(Pipelines);

        var scoring = app.MapGroup("/api/scoring").WithTags("Config").RequireAuthorization(Policies.Manage);
        scoring.MapGet("/", GetScoring).ProducesProblem(StatusCodes.Status404NotFound);
        scoring.MapPut("/", ReplaceScoring).Accepts<ScoringModel>("application/json").ProducesConfigWriteProblems();
        scoring.MapDelete("/", DeleteScoring).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesConfigWriteProblems();

        var stages = app.MapGroup("/api/lead-stages").WithTags("Config").RequireAuthorization(Policies.Manage);
        stages.MapGet("/", GetLeadStages);
        stages.MapPut("/", ReplaceLeadStages).Accepts<List<string>>("application/json").ProducesConfigWriteProblems();
        return app;
    }

    public static async Task<Results<Ok<ScoringModel>, ProblemHttpResult>> GetScoring(HttpResponse response, ConfigService configs) =>
        await configs.CurrentAsync() is { Source.Scoring: { } model } current
            ? ConfigRequest.Tagged(response, TypedResults.Ok(model), current.Version)
            : Problems.NotFound("no scoring model is configured");

    public static async Task<Results<Ok<ScoringModel>, ValidationProblem, ProblemHttpResult>> ReplaceScoring(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await JsonBody.ReadAsync<ScoringModel>(request);
        if (body.Problem is not null) return body.Problem;
        var change = await configs.ChangeAsync(edit!, config => config with { Scoring = body.Value }, config => config.Scoring);
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        return change.Ok
            ? ConfigRequest.Tagged(response, TypedResults.Ok(change.Saved!.Source.Scoring), change.Saved.Version)
            : Problems.Invalid(Within("scoring", change.Errors));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteScoring(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var found = false;
        var change = await configs.ChangeAsync(edit!, config => (found = config.Scoring is not null) ? config with { Scoring = null } : null, config => config.Scoring);
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        if (!found) return Problems.NotFound("no scoring model is configured");
        return change.Ok
            ? ConfigRequest.Tagged(response, TypedResults.NoContent(), change.Saved!.Version)
            : Problems.Conflict("workflows still use score.crossed; change those first", change.Errors);
    }

    public static async Task<Ok<IReadOnlyList<string>>> GetLeadStages(HttpResponse response, ConfigService configs)
    {
        var current = await configs.CurrentAsync();
        return ConfigRequest.Tagged(response, TypedResults.Ok(current.LeadStages), current.Version);
    }

    public static async Task<Results<Ok<IReadOnlyList<string>>, ValidationProblem, ProblemHttpResult>> ReplaceLeadStages(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await JsonBody.ReadAsync<List<string>>(request);
        if (body.Problem is not null) return body.Problem;
        var change = await configs.ChangeAsync(edit!, config => config with { LeadStages = body.Value! }, config => config.LeadStages);
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        return change.Ok
            ? ConfigRequest.Tagged(response, TypedResults.Ok(change.Saved!.LeadStages), change.Saved.Version)
            : Problems.Invalid(Within("leadStages", change.Errors));
    }

    /// <summary>Errors inside the section relative to the body ("fit[0].when.op"; the section itself is "$"); others as they are.</summary>
    private static IEnumerable<ValidationError> Within(string section, IEnumerable<ValidationError> errors) =>
        errors.Select(e => e.Path == section ? e with { Path = "$" }
            : e.Path.StartsWith(section + ".", StringComparison.Ordinal) || e.Path.StartsWith(section + "[", StringComparison.Ordinal)
                ? e with { Path = e.Path[section.Length..].TrimStart('.') }
                : e);
}
