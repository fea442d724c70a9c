using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Server.Apis.Leads;
using Switchboard.Application;
using Switchboard.Application.Leads;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Lifecycle;

/// <summary>
/// Conversion and deals: <c>POST /api/leads/{id}/convert {amount, pipeline?, name?}</c> makes a deal (201, the deal
/// with the converted <c>lead</c>); <c>GET /api/deals</c>, <c>GET/PATCH /api/deals/{id}</c>; a PATCH with a new
/// stage fires deal.stage.changed on the deal's lead. Reps see and change their own deals only.
/// </summary>
public static class DealsApi
{
    public static IEndpointRouteBuilder MapDealsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/leads/{id}/convert", Convert).WithTags("Deals").RequireAuthorization(Policies.Read)
            .Accepts<ConvertBody>("application/json").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Convert a lead into a deal");
        var deals = app.MapGroup("/api/deals").WithTags("Deals").RequireAuthorization(Policies.Read);
        deals.MapGet("/", ListDeals);
        deals.MapGet("/{id}", GetDeal).ProducesProblem(StatusCodes.Status404NotFound);
        deals.MapPatch("/{id}", ChangeDeal).Accepts<DealPatch>("application/json").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Change a deal's stage, amount or name");
        return app;
    }

    public static async Task<Results<Created<DealView>, ValidationProblem, ProblemHttpResult>> Convert(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<ConvertBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (body.Value!.Amount is not { } amount) return Problems.Invalid("amount", "is required: the deal's amount, 0 or more");
        if (CheckAmount(amount) is { } invalid) return invalid;
        var (outcome, converted) = await leads.ConvertAsync(id, amount, body.Value.Pipeline, body.Value.Name, user.Caller());
        if (converted is not { } deal)
        {
            var (badRequest, refused) = Refusal(outcome);
            return badRequest is not null ? badRequest : refused!;
        }
        return TypedResults.Created($"/api/deals/{deal.Id}", DealView.Of(deal, outcome));
    }

    public static async Task<Results<Ok<Page<DealView>>, ValidationProblem, ProblemHttpResult>> ListDeals(ClaimsPrincipal user, ISwitchboardStore store,
        string? owner, string? lead, string? pipeline, string? stage, string? status, string? cursor, string? limit)
    {
        var (ownerFilter, invalidOwner, forbiddenOwner) = ListRefusals.Owner(user, owner, "deals");
        if (invalidOwner is not null) return invalidOwner;
        if (forbiddenOwner is not null) return forbiddenOwner;
        var (size, limitProblem) = QueryValues.Limit(limit, 50);
        if (limitProblem is not null) return limitProblem;
        DealPage page;
        try
        {
            page = await store.ListDealsAsync(new DealQuery
            {
                Owner = ownerFilter, LeadId = lead, Pipeline = pipeline, Stage = stage, Status = status, Cursor = cursor, Limit = size,
            });
        }
        catch (ArgumentException)
        {
            return Problems.Invalid("cursor", "is not a cursor this server handed out");
        }
        return TypedResults.Ok(new Page<DealView>([.. page.Items.Select(d => DealView.Of(d))], page.NextCursor));
    }

    public static async Task<Results<Ok<DealView>, ProblemHttpResult>> GetDeal(string id, ClaimsPrincipal user, ISwitchboardStore store) =>
        await store.GetDealAsync(id) is { } deal && user.Caller().MayActOn(deal.OwnerId)
            ? TypedResults.Ok(DealView.Of(deal))
            : Problems.NotFound($"deal '{id}' not found");

    public static async Task<Results<Ok<DealView>, ValidationProblem, ProblemHttpResult>> ChangeDeal(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<DealPatch>(request);
        if (body.Problem is not null) return body.Problem;
        var patch = body.Value!;
        if (patch.Amount is { } amount && CheckAmount(amount) is { } invalid) return invalid;
        if (patch.Name is { } name && string.IsNullOrWhiteSpace(name)) return Problems.Invalid("name", "must not be empty");
        if (patch.Stage is { } stage && string.IsNullOrWhiteSpace(stage)) return Problems.Invalid("stage", "must not be empty");
        var (outcome, changed) = await leads.ChangeDealAsync(id, patch.Stage, patch.Amount, patch.Name, user.Caller());
        if (changed is { } deal) return TypedResults.Ok(DealView.Of(deal, outcome));
        var (badRequest, refused) = Refusal(outcome);
        return badRequest is not null ? badRequest : refused!;
    }

    /// <summary>The problem a refused deal command answers, worded as the lead actions word it.</summary>
    private static (ValidationProblem? Invalid, ProblemHttpResult? Refused) Refusal(LeadOutcome outcome) => LeadActionsApi.Answer(outcome).Result switch
    {
        ValidationProblem invalid => (invalid, null),
        var refused => (null, (ProblemHttpResult)refused),
    };

    private static ValidationProblem? CheckAmount(decimal amount) =>
        DealAmount.Problem(amount) is { } problem ? Problems.Invalid("amount", problem) : null;


    public sealed record ConvertBody(decimal? Amount, string? Pipeline, string? Name);
    public sealed record DealPatch(string? Stage, decimal? Amount, string? Name);
}

/// <summary>
/// A deal as the API shows it; after a conversion or a change, also <c>lead</c>: its lead as changed, with the decisions made on it now.
/// </summary>
public sealed record DealView(
    string Id, string LeadId, string? OwnerId, string Pipeline, string Name, string Stage, decimal Amount, string Status,
    Instant CreatedAt, Instant UpdatedAt, Instant? ClosedAt, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObject? Lead)
{
    public static DealView Of(Deal deal, LeadOutcome? outcome = null) => new(
        deal.Id, deal.LeadId, deal.OwnerId, deal.Pipeline, deal.Name, deal.Stage, deal.Amount, deal.Status, deal.CreatedAt, deal.UpdatedAt, deal.ClosedAt,
        outcome?.Lead is { } lead ? LeadJson.Write(lead, outcome.Decisions) : null);
}
