using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Workflows;
using Switchboard.Application.Keys;
using Switchboard.Application;
using Switchboard.Application.Leads;
using Switchboard.Server.OpenApi;
using Switchboard.Application.Routing;
using Switchboard.Application.Simulation;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Leads;

/// <summary>Leads: intake with synchronous routing, reads, updates, routing history, manual assignment.</summary>
public static class LeadsApi
{
    public const long MaxLeadBody = 1024 * 1024;

    public static IEndpointRouteBuilder MapLeadsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/leads").WithTags("Leads");
        api.MapPost("/", CreateLead).RequireAuthorization(Policies.Intake).WithRequestSizeLimit(MaxLeadBody)
            .Accepts<CreateLeadRequest>("application/json").Produces<LeadView>(StatusCodes.Status201Created).Produces<LeadView>(StatusCodes.Status200OK)
            .WithRequestExamples(LeadExamples.Korean, LeadExamples.Japanese, LeadExamples.German)
            .WithSummary("Create and route a lead")
            .WithDescription("201 with the new lead, its owner and decisions; 200 with duplicateOf when merged into an open lead; "
                + "a retry with the same Idempotency-Key or externalId answers the first lead and creates nothing.");
        api.MapGet("/", ListLeads).RequireAuthorization(Policies.Read).Produces<Http.Page<LeadView>>()
            .WithSummary("List leads: filters, sort=created|created_asc|score, keyset cursor paging");
        api.MapGet("/export.csv", LeadsExport.Download).RequireAuthorization(Policies.Read).Produces<string>(StatusCodes.Status200OK, LeadsExport.ContentType)
            .WithSummary("Every lead matching the list's filters as CSV (UTF-8 with BOM), in the list's sort");
        api.MapGet("/{id}", GetLead).RequireAuthorization(Policies.Read).Produces<LeadView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPatch("/{id}", UpdateLead).RequireAuthorization(Policies.Read).WithRequestSizeLimit(MaxLeadBody)
            .Accepts<UpdateLeadRequest>("application/json").Produces<LeadView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Change a lead's fields, stage or status (fires lead.updated)");
        api.MapGet("/{id}/routing", GetRouting).RequireAuthorization(Policies.Read).Produces<RoutingHistory>().Produces<ExplainedRouting>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Every routing decision for the lead; explain=full adds every workflow walk they record, matched or not, and why not");
        api.MapPost("/{id}/assign", AssignLead).RequireAuthorization(Policies.Manage)
            .Accepts<AssignBody>("application/json").Produces<LeadView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Assign the lead to a rep by hand");
        return app;
    }

    public static async Task<Results<LeadResponse, ValidationProblem>> CreateLead(HttpRequest request, ClaimsPrincipal user, LeadService leads, ISwitchboardStore store,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var errors = LeadInput.ValidateCreate(body.Value!, out var externalId, out var data);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var outcome = await leads.CreateAsync(new Submission(data, externalId, idempotencyKey is { Length: > 0 } ? idempotencyKey : null));
        var lead = outcome.Lead!;
        var receipt = user.IsInRole(ApiKeys.Intake);
        if (outcome.Kind == LeadOutcomeKind.Replayed)
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            var first = receipt ? [] : await store.GetDecisionsAsync(lead.Id);
            return outcome.DuplicateOf is null ? LeadResponse.Created(lead, first, receipt) : LeadResponse.Merged(lead, first, receipt);
        }
        return outcome.Kind == LeadOutcomeKind.Merged
            ? LeadResponse.Merged(lead, outcome.Decisions, receipt)
            : LeadResponse.Created(lead, outcome.Decisions, receipt);
    }

    public static async Task<Results<Ok<Page<JsonObject>>, ValidationProblem, ProblemHttpResult>> ListLeads(ClaimsPrincipal user, LeadReads reads,
        [AsParameters] LeadListQuery list, string? cursor, string? limit)
    {
        var (size, limitProblem) = QueryValues.Limit(limit, 50);
        if (limitProblem is not null) return limitProblem;
        var listing = await reads.ListAsync(list.Filter, user, cursor, size);
        var (invalid, forbidden) = ListRefusals.Answer(listing.Refusal);
        if (invalid is not null) return invalid;
        if (forbidden is not null) return forbidden;
        return TypedResults.Ok(new Page<JsonObject>([.. listing.Page!.Items.Select(l => LeadJson.Write(l))], listing.Page.NextCursor));
    }

    /// <summary>Another rep's lead is not found for a rep.</summary>
    public static async Task<Results<LeadResponse, ProblemHttpResult>> GetLead(string id, ClaimsPrincipal user, LeadReads reads) =>
        (await reads.OpenAsync(id, user.Caller())).Lead is { } lead ? LeadResponse.Ok(lead) : Problems.NotFound($"lead '{id}' not found");

    /// <summary>
    /// The lead's decisions; with <c>explain=full</c> (admins and managers) also the trace of every workflow walk they
    /// record, under the configuration version each recorded (<see cref="StoredTrace"/>).
    /// </summary>
    public static async Task<Results<Ok<RoutingHistory>, Ok<ExplainedRouting>, ValidationProblem, ProblemHttpResult>> GetRouting(
        string id, string? explain, ClaimsPrincipal user, LeadReads reads, ISwitchboardStore store)
    {
        if (explain is not null && explain != "full") return Problems.Invalid("explain", "must be \"full\" (or left out)");
        if (explain is not null && user.RestrictedToRep() is not null) return Problems.Forbidden("explain=full is for admins and managers");
        if ((await reads.OpenAsync(id, user.Caller())).Lead is not { } lead) return Problems.NotFound($"lead '{id}' not found");
        var decisions = await store.GetDecisionsAsync(id);
        if (explain is null) return TypedResults.Ok(new RoutingHistory(id, decisions));
        return TypedResults.Ok(new ExplainedRouting(id, decisions, await new StoredTrace(store).OfAsync(lead, decisions)));
    }

    public static async Task<Results<LeadResponse, ValidationProblem, ProblemHttpResult>> UpdateLead(
        string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var errors = LeadInput.ValidatePatch(body.Value!, out var fields, out var stage, out var status);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var outcome = await leads.UpdateAsync(id, new LeadChange(fields, stage, status), user.Caller());
        return LeadActionsApi.Answer(outcome);
    }

    public static async Task<Results<LeadResponse, ValidationProblem, ProblemHttpResult>> AssignLead(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads)
    {
        var body = await JsonBody.ReadAsync<AssignBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (string.IsNullOrWhiteSpace(body.Value!.RepId)) return Problems.Invalid("repId", "is required");
        var outcome = await leads.AssignAsync(id, body.Value.RepId, user.Caller());
        return LeadActionsApi.Answer(outcome);
    }

    public sealed record AssignBody(string? RepId);
}
