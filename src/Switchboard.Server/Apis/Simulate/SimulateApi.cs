using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Application;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>
/// Dry runs: <c>POST /api/simulate</c> previews new leads, or replays the stored leads of a period as a job, against the
/// live configuration or a draft; nothing is written but the job's own row.
/// </summary>
public static class SimulateApi
{
    /// <summary>Room for a full draft configuration (as <c>PUT /api/config</c>) and the most leads a preview takes.</summary>
    public const long MaxBody = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapSimulateApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/simulate").WithTags("Simulate");
        group.MapPost("/", Simulate).RequireAuthorization(Policies.Manage).WithRequestSizeLimit(MaxBody)
            .Accepts<SimulateBody>("application/json").Produces<SimulateAnswer>().Produces<ReplayJobAccepted>(StatusCodes.Status202Accepted)
            .WithSummary("Preview leads now, or replay a period's stored leads under a draft (a job); nothing is written")
            .WithDescription($"Body {{config?, leads:[…]}}: 1 to {LeadPreview.MaxLeads} leads as POST /api/leads takes them, routed in order "
                + "on one copy of the live rotation state (later leads see the rotation as earlier ones moved it), under the live "
                + "configuration or the draft config; answers 200 with each lead's owner, decisions and trace. Every lead is routed as new "
                + "(no de-duplication). "
                + "Body {config?, replay:{from, to, source?, timeZone?}}: the leads created in the period (dates: whole days in timeZone, "
                + $"UTC by default, to included; instants: to excluded; at most {Application.Reports.ReportQuery.MaxDays} days) routed again "
                + "oldest first, each at its own creation time, on one private routing state carried through the replay, and compared with "
                + "what their own intake decisions really did; answers 202 with Location /api/simulate/jobs/{id} and {id, status, url}. "
                + "Leads and replay together are refused.");
        group.MapSimulateJobs();
        return app;
    }

    /// <summary>The body as the OpenAPI document describes it (the handler reads it with <see cref="SimulateRequest"/>).</summary>
    /// <param name="Config">A draft configuration document (RoutingConfig) as <c>PUT /api/config</c> takes it; left out, the live one.</param>
    /// <param name="Leads">1 to 1,000 leads as <c>POST /api/leads</c> takes them (a preview).</param>
    /// <param name="Replay">Instead of leads: the period of stored leads to replay.</param>
    public sealed record SimulateBody(System.Text.Json.Nodes.JsonObject? Config, IReadOnlyList<Leads.CreateLeadRequest>? Leads, ReplayBody? Replay);

    /// <param name="From">A date (2026-11-01, the day's start) or an instant (2026-11-01T09:00:00Z).</param>
    /// <param name="To">A date (included: up to the next day's start) or an instant (excluded).</param>
    /// <param name="Source">Only leads whose source field is this.</param>
    /// <param name="TimeZone">The IANA zone dates are read in; UTC by default.</param>
    public sealed record ReplayBody(string From, string To, string? Source, string? TimeZone);

    public static async Task<Results<Ok<SimulateAnswer>, Accepted<ReplayJobAccepted>, ValidationProblem>> Simulate(
        HttpRequest request, ISwitchboardStore store, ConfigService configs, ReplayJobs jobs, IClock clock)
    {
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var (simulation, errors) = SimulateRequest.Read(body.Value!, clock.GetCurrentInstant());
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
        if (simulation.Replay is { } period)
        {
            var live = await configs.CurrentAsync(request.HttpContext.RequestAborted);
            var job = await jobs.SubmitAsync(period, draft ?? live, draft is not null, live, request.HttpContext.RequestAborted);
            var url = ReplayJobAnswer.UrlOf(job.Id);
            return TypedResults.Accepted(url, new ReplayJobAccepted(job.Id, job.Status, url));
        }
        var result = await preview.RunAsync(simulation.Leads, draft, request.HttpContext.RequestAborted);
        return TypedResults.Ok(SimulateAnswer.Of(result));
    }

    private static IEnumerable<Engine.Validation.ValidationError> Errors(ValidationProblem problem) =>
        (problem.ProblemDetails.Errors ?? new Dictionary<string, string[]>())
            .SelectMany(entry => entry.Value.Select(message => new Engine.Validation.ValidationError(entry.Key, message)));
}
