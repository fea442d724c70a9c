using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Application;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Lifecycle;

/// <summary>
/// Conversion and deals: <c>POST /api/leads/{id}/convert {amount, pipeline?, name?}</c> makes a deal (201, the deal
/// with the converted <c>lead</c>); <c>GET /api/deals</c>, <c>GET/PATCH /api/deals/{id}</c>; a PATCH with a new
/// stage fires deal.stage.changed on the deal's lead. Reps see and change their own deals only.
/// </summary>
public static class DealsApi
{
    /// <summary>Amounts above this are refused (they would lose cents in storage).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public static IEndpointRouteBuilder MapDealsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/leads/{id}/convert", Convert).WithTags("Deals").RequireAuthorization(Policies.Read);
        var deals = app.MapGroup("/api/deals").WithTags("Deals").RequireAuthorization(Policies.Read);
        deals.MapGet("/", ListDeals);
        deals.MapGet("/{id}", GetDeal);
        deals.MapPatch("/{id}", ChangeDeal);
        return app;
    }

    public static async Task<IResult> Convert(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<ConvertBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (body.Value!.Amount is not { } amount) return Problems.Invalid("amount", "is required: the deal's amount, 0 or more");
        if (CheckAmount(amount) is { } invalid) return invalid;
        var (outcome, converted) = await leads.ConvertAsync(id, amount, body.Value.Pipeline, body.Value.Name, Caller.Of(user));
        if (converted is not { } deal) return LeadActionsApi.Answer(outcome);
        return TypedResults.Created($"/api/deals/{deal.Id}", Write(deal, outcome));
    }

    public static async Task<IResult> ListDeals(ClaimsPrincipal user, ISwitchboardStore store,
        string? owner, string? lead, string? pipeline, string? stage, string? status, string? cursor, int? limit)
    {
        var (ownerFilter, ownerProblem) = OwnerFilter.Resolve(user, owner, "deals");
        if (ownerProblem is not null) return ownerProblem;
        if (limit is < 1 or > 500) return Problems.Invalid("limit", "must be between 1 and 500");
        DealPage page;
        try
        {
            page = await store.ListDealsAsync(new DealQuery
            {
                Owner = ownerFilter, LeadId = lead, Pipeline = pipeline, Stage = stage, Status = status, Cursor = cursor, Limit = limit ?? 50,
            });
        }
        catch (ArgumentException)
        {
            return Problems.Invalid("cursor", "is not a cursor this server handed out");
        }
        return TypedResults.Ok(new JsonObject { ["items"] = new JsonArray([.. page.Items.Select(d => (JsonNode)Write(d))]), ["nextCursor"] = page.NextCursor });
    }

    public static async Task<IResult> GetDeal(string id, ClaimsPrincipal user, ISwitchboardStore store) =>
        await store.GetDealAsync(id) is { } deal && Caller.Of(user).MayActOn(deal.OwnerId)
            ? TypedResults.Ok(Write(deal))
            : Problems.NotFound($"deal '{id}' not found");

    public static async Task<IResult> ChangeDeal(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<DealPatch>(request);
        if (body.Problem is not null) return body.Problem;
        var patch = body.Value!;
        if (patch.Amount is { } amount && CheckAmount(amount) is { } invalid) return invalid;
        if (patch.Name is { } name && string.IsNullOrWhiteSpace(name)) return Problems.Invalid("name", "must not be empty");
        if (patch.Stage is { } stage && string.IsNullOrWhiteSpace(stage)) return Problems.Invalid("stage", "must not be empty");
        var (outcome, changed) = await leads.ChangeDealAsync(id, patch.Stage, patch.Amount, patch.Name, Caller.Of(user));
        return changed is { } deal ? TypedResults.Ok(Write(deal, outcome)) : LeadActionsApi.Answer(outcome);
    }

    private static IResult? CheckAmount(decimal amount) =>
        amount is < 0 or > MaxAmount ? Problems.Invalid("amount", $"must be between 0 and {MaxAmount}") : null;

    /// <summary>The deal; with an outcome, also its lead as changed and the decisions made on it now.</summary>
    private static JsonObject Write(Deal deal, LeadOutcome? outcome = null)
    {
        var json = JsonSerializer.SerializeToNode(deal, EngineJson.Options)!.AsObject();
        if (outcome?.Lead is { } lead) json["lead"] = LeadJson.Write(lead, outcome.Decisions);
        return json;
    }


    public sealed record ConvertBody(decimal? Amount, string? Pipeline, string? Name);
    public sealed record DealPatch(string? Stage, decimal? Amount, string? Name);
}
