using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Workflows;
using Switchboard.Application;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Leads;

/// <summary>What reps do to leads: claim (shark tank), reject, touch (first contact stops the SLA), stage.</summary>
public static class LeadActionsApi
{
    public static IEndpointRouteBuilder MapLeadActionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/leads/{id}").WithTags("Leads").RequireAuthorization(Policies.Read);
        api.MapPost("/claim", Claim).Accepts<RepBody>(isOptional: true, "application/json").Produces<LeadView>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Claim a shark-tank lead (a manager names the rep)");
        api.MapPost("/reject", Reject).Accepts<RejectBody>("application/json").Produces<LeadView>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The owner rejects the lead: it is routed again without them");
        api.MapPost("/touch", Touch).Accepts<TouchBody>(isOptional: true, "application/json").Produces<LeadView>()
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Record a touch (the first stops the SLA clock)");
        api.MapPost("/stage", SetStage).Accepts<StageBody>("application/json").Produces<LeadView>()
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Move the lead to a lead stage");
        return app;
    }

    public static async Task<Results<LeadResponse, ValidationProblem, ProblemHttpResult>> Claim(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var repId = user.RestrictedToRep();
        if (repId is null)
        {
            var body = request.ContentLength is > 0 ? await JsonBody.ReadAsync<RepBody>(request) : new(new RepBody(null), null);
            if (body.Problem is not null) return body.Problem;
            repId = body.Value!.RepId;
            if (string.IsNullOrWhiteSpace(repId)) return Problems.Invalid("repId", "a manager claims on behalf of a rep: name the rep");
        }
        return Answer(await leads.ClaimAsync(id, repId, user.Caller()));
    }

    public static async Task<Results<LeadResponse, ValidationProblem, ProblemHttpResult>> Reject(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<RejectBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (string.IsNullOrWhiteSpace(body.Value!.Reason)) return Problems.Invalid("reason", "is required (not_ready recycles the lead)");
        return Answer(await leads.RejectAsync(id, body.Value.Reason, user.Caller()));
    }

    public static async Task<Results<LeadResponse, ValidationProblem, ProblemHttpResult>> Touch(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = request.ContentLength is > 0 ? await JsonBody.ReadAsync<TouchBody>(request) : new(new TouchBody(null), null);
        if (body.Problem is not null) return body.Problem;
        return Answer(await leads.TouchAsync(id, body.Value!.Type ?? "contact", user.Caller()));
    }

    public static async Task<Results<LeadResponse, ValidationProblem, ProblemHttpResult>> SetStage(
        string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<StageBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (string.IsNullOrWhiteSpace(body.Value!.Stage)) return Problems.Invalid("stage", "is required");
        return Answer(await leads.SetStageAsync(id, body.Value.Stage, user.Caller()));
    }

    /// <summary>A lead command's outcome as an answer: the lead with its new decisions, or the problem it was refused with.</summary>
    internal static Results<LeadResponse, ValidationProblem, ProblemHttpResult> Answer(LeadOutcome outcome) => outcome.Kind switch
    {
        LeadOutcomeKind.NotFound => Problems.NotFound(outcome.Error!),
        LeadOutcomeKind.Invalid => Problems.Invalid(outcome.ErrorPath!, outcome.Error!),
        LeadOutcomeKind.Conflict => Problems.Conflict(outcome.Error!, ownerId: outcome.Lead?.OwnerId),
        LeadOutcomeKind.Forbidden => Problems.Forbidden(outcome.Error!),
        _ => LeadResponse.Ok(outcome.Lead!, outcome.Decisions),
    };

    public sealed record RepBody(string? RepId);
    public sealed record RejectBody(string? Reason);
    public sealed record TouchBody(string? Type);
    public sealed record StageBody(string? Stage);
}
