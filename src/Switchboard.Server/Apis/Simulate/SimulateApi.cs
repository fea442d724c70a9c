using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Application;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>Dry runs: <c>POST /api/simulate</c> previews new leads against the live configuration or a draft; nothing is written.</summary>
public static class SimulateApi
{
    /// <summary>Room for a full draft configuration (as <c>PUT /api/config</c>) and the most leads a preview takes.</summary>
    public const long MaxBody = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapSimulateApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/simulate").WithTags("Simulate")
            .MapPost("/", Simulate).RequireAuthorization(Policies.Manage).WithRequestSizeLimit(MaxBody)
            .Accepts<SimulateBody>("application/json").Produces<SimulateAnswer>()
            .WithSummary("Preview leads: the owner, decisions and full trace each would get now; nothing is written")
            .WithDescription($"Body {{config?, leads:[…]}}: 1 to {LeadPreview.MaxLeads} leads as POST /api/leads takes them, routed in order "
                + "on one copy of the live rotation state (later leads see the rotation as earlier ones moved it), under the live "
                + "configuration or the draft config. Every lead is routed as new (no de-duplication). replay is not supported yet.");
        return app;
    }

    /// <summary>The body as the OpenAPI document describes it (the handler reads it with <see cref="SimulateRequest"/>).</summary>
    /// <param name="Config">A draft configuration document (RoutingConfig) as <c>PUT /api/config</c> takes it; left out, the live one.</param>
    /// <param name="Leads">1 to 1,000 leads as <c>POST /api/leads</c> takes them.</param>
    public sealed record SimulateBody(System.Text.Json.Nodes.JsonObject? Config, IReadOnlyList<Leads.CreateLeadRequest> Leads);

    public static async Task<Results<Ok<SimulateAnswer>, ValidationProblem>> Simulate(
        HttpRequest request, ISwitchboardStore store, ConfigService configs, IClock clock)
    {
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var (simulation, errors) = SimulateRequest.Read(body.Value!);
        if (simulation is null) return Problems.Invalid(errors);
        var preview = new LeadPreview(store, configs, clock);
        Engine.Workflows.CompiledConfig? draft = null;
        if (simulation.Config is { } document)
        {
            var converted = JsonBody.Convert<RoutingConfig>(document);
            if (converted.Problem is not null) return Problems.Invalid(SimulateRequest.InConfig(Errors(converted.Problem)), "The draft configuration is invalid.");
            var (compiled, invalid) = await preview.DraftAsync(converted.Value!, request.HttpContext.RequestAborted);
            if (compiled is null) return Problems.Invalid(SimulateRequest.InConfig(invalid), "The draft configuration is invalid.");
            draft = compiled;
        }
        var result = await preview.RunAsync(simulation.Leads, draft, request.HttpContext.RequestAborted);
        return TypedResults.Ok(SimulateAnswer.Of(result));
    }

    private static IEnumerable<Engine.Validation.ValidationError> Errors(ValidationProblem problem) =>
        (problem.ProblemDetails.Errors ?? new Dictionary<string, string[]>())
            .SelectMany(entry => entry.Value.Select(message => new Engine.Validation.ValidationError(entry.Key, message)));
}
