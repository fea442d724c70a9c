using System.Security.Claims;
using System.Text.Json.Nodes;
using Switchboard.Engine.Workflows;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Routing;
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

    public static async Task<IResult> Claim(string id, HttpRequest request, ClaimsPrincipal user, RoutingWriter writer)
    {
        var repId = user.RestrictedToRep();
        var byRep = repId is not null;
        if (repId is null)
        {
            var body = request.ContentLength is > 0 ? await JsonBody.ReadAsync<RepBody>(request) : new(new RepBody(null), null);
            if (body.Problem is not null) return body.Problem;
            repId = body.Value!.RepId;
            if (string.IsNullOrWhiteSpace(repId)) return Problems.Invalid("repId", "a manager claims on behalf of a rep: name the rep");
        }
        return Answer(await writer.SubmitAsync(new ClaimCommand(id, repId, byRep)));
    }

    public static async Task<IResult> Reject(string id, HttpRequest request, ClaimsPrincipal user, RoutingWriter writer, ISwitchboardStore store)
    {
        var body = await JsonBody.ReadAsync<RejectBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (string.IsNullOrWhiteSpace(body.Value!.Reason)) return Problems.Invalid("reason", "is required (not_ready recycles the lead)");
        var lead = await store.GetLeadAsync(id);
        if (lead is null || !MayAct(user, lead.OwnerId)) return Problems.NotFound($"lead '{id}' not found");
        var repId = user.RestrictedToRep() ?? lead.OwnerId;
        if (repId is null) return Problems.Conflict($"lead '{id}' has no owner to reject it");
        var reason = body.Value.Reason;
        return Answer(await writer.SubmitAsync(new LeadActionCommand(id, (batch, l) => Router.Reject(batch.Config, batch.State, l, repId, reason, batch.Now))));
    }

    public static async Task<IResult> Touch(string id, HttpRequest request, ClaimsPrincipal user, RoutingWriter writer, ISwitchboardStore store)
    {
        var body = request.ContentLength is > 0 ? await JsonBody.ReadAsync<TouchBody>(request) : new(new TouchBody(null), null);
        if (body.Problem is not null) return body.Problem;
        var lead = await store.GetLeadAsync(id);
        if (lead is null || !MayAct(user, lead.OwnerId)) return Problems.NotFound($"lead '{id}' not found");
        var type = body.Value!.Type ?? "contact";
        return Answer(await writer.SubmitAsync(new LeadActionCommand(id, (batch, l) => Router.Touch(batch.Config, batch.State, l, type, batch.Now))));
    }

    public static async Task<IResult> SetStage(
        string id, HttpRequest request, ClaimsPrincipal user, RoutingWriter writer, ISwitchboardStore store, ConfigService configs)
    {
        var body = await JsonBody.ReadAsync<StageBody>(request);
        if (body.Problem is not null) return body.Problem;
        var stages = (await configs.CurrentAsync()).LeadStages;
        if (body.Value!.Stage is not { } stage || !stages.Contains(stage))
            return Problems.Invalid("stage", $"must be one of {string.Join(", ", stages)}");
        var lead = await store.GetLeadAsync(id);
        if (lead is null || !MayAct(user, lead.OwnerId)) return Problems.NotFound($"lead '{id}' not found");
        return Answer(await writer.SubmitAsync(new UpdateLeadCommand(id, new JsonObject(), stage, null)));
    }

    internal static IResult Answer(LeadOutcome outcome) => outcome.Kind switch
    {
        LeadOutcomeKind.NotFound => Problems.NotFound(outcome.Error!),
        LeadOutcomeKind.Rejected => Problems.Invalid(outcome.ErrorPath!, outcome.Error!),
        LeadOutcomeKind.Conflict => Problems.Conflict(outcome.Error!, ownerId: outcome.Lead?.OwnerId),
        LeadOutcomeKind.Forbidden => Problems.Forbidden(outcome.Error!),
        _ => TypedResults.Ok(LeadJson.Write(outcome.Lead!, outcome.Decisions)),
    };

    /// <summary>Admins and managers act on any lead; a rep key only on leads (and deals) it owns.</summary>
    internal static bool MayAct(ClaimsPrincipal user, string? ownerId) =>
        user.RestrictedToRep() is not { } rep || rep == ownerId;

    public sealed record RepBody(string? RepId);
    public sealed record RejectBody(string? Reason);
    public sealed record TouchBody(string? Type);
    public sealed record StageBody(string? Stage);
}
