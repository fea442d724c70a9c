using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Server.Apis.Leads;
using Switchboard.Application;
using Switchboard.Application.Leads;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Lifecycle;

/// <summary>
/// Engagement events: one for a lead (<c>POST /api/leads/{id}/events</c>), many for many leads
/// (<c>POST /api/events</c>, a JSON array of <c>{leadId, type, properties?, at?}</c>, answered per item), and a
/// lead's event history. Each event is stored, rescores the lead and fires event.received (then score.crossed).
/// </summary>
public static class EventsApi
{
    public const int MaxBulk = 1000;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var lead = app.MapGroup("/api/leads/{id}/events").WithTags("Events").RequireAuthorization(Policies.Read);
        lead.MapPost("/", RecordEvent).WithRequestSizeLimit(64 * 1024).Accepts<EventBody>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Record an engagement event of a lead (rescores it)");
        lead.MapGet("/", ListEvents).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/events", RecordEvents).WithTags("Events").RequireAuthorization(Policies.Manage).WithRequestSizeLimit(8 * 1024 * 1024)
            .Accepts<List<EventBody>>("application/json").WithSummary("Record events of many leads, answered per item");
        return app;
    }

    public static async Task<Results<Created<RecordedEvent>, ValidationProblem, ProblemHttpResult>> RecordEvent(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads, IClock clock)
    {
        var body = await JsonBody.ReadAsync<EventBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (body.Value!.LeadId is { } other && other != id) return Problems.Invalid("leadId", $"the body names lead '{other}', the path '{id}'");
        var errors = new List<ValidationError>();
        if (EventInput.Read(body.Value, id, clock.GetCurrentInstant(), "", errors) is not { } received) return Problems.Invalid(errors);
        var outcome = await leads.RecordEventsAsync(id, [received], user.Caller());
        if (outcome.Kind == LeadOutcomeKind.NotFound) return Problems.NotFound(outcome.Error!);
        return TypedResults.Created($"/api/leads/{id}/events", new RecordedEvent(
            received.Id, received.LeadId, received.Type, received.At, received.Properties, LeadJson.Write(outcome.Lead!, outcome.Decisions)));
    }

    public static async Task<Results<Ok<Page<LeadEvent>>, ValidationProblem, ProblemHttpResult>> ListEvents(
        string id, ClaimsPrincipal user, ISwitchboardStore store, string? cursor, string? limit)
    {
        var lead = await store.GetLeadAsync(id);
        if (lead is null || !user.Caller().MayActOn(lead.OwnerId)) return Problems.NotFound($"lead '{id}' not found");
        var (size, limitProblem) = QueryValues.Limit(limit, 100);
        if (limitProblem is not null) return limitProblem;
        EventPage page;
        try
        {
            page = await store.ListEventsAsync(id, cursor, size);
        }
        catch (ArgumentException)
        {
            return Problems.Invalid("cursor", "is not a cursor this server handed out");
        }
        return TypedResults.Ok(new Page<LeadEvent>(page.Items, page.NextCursor));
    }

    /// <summary>
    /// Up to <see cref="MaxBulk"/> events; each item is answered in order with its status: 201 (eventId and the
    /// lead's new score and grade), 400 (errors) or 404. A lead's events are applied in the order given.
    /// </summary>
    public static async Task<Results<Ok<ItemList<EventResult>>, ValidationProblem>> RecordEvents(HttpRequest request, ClaimsPrincipal user, LeadService leads, IClock clock)
    {
        var body = await JsonBody.ReadAsync<List<EventBody?>>(request);
        if (body.Problem is not null) return body.Problem;
        var items = body.Value!;
        if (items.Count > MaxBulk) return Problems.Invalid("$", $"at most {MaxBulk} events per request (got {items.Count})");
        var now = clock.GetCurrentInstant();
        var answers = new EventResult[items.Count];
        var byLead = new Dictionary<string, List<(int Index, LeadEvent Event)>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var errors = new List<ValidationError>();
            if (items[i] is not { } item) errors.Add(new("$", "must be an event object"));
            else if (string.IsNullOrEmpty(item.LeadId)) errors.Add(new("leadId", "is required"));
            else if (EventInput.Read(item, item.LeadId, now, "", errors) is { } received)
                (byLead.TryGetValue(item.LeadId, out var list) ? list : byLead[item.LeadId] = []).Add((i, received));
            if (errors.Count > 0) answers[i] = EventResult.Invalid(i, items[i]?.LeadId, errors);
        }

        var commands = byLead.Select(entry => (Events: entry.Value, Done: leads.RecordEventsAsync(entry.Key, [.. entry.Value.Select(e => e.Event)], user.Caller()))).ToList();
        foreach (var (events, done) in commands)
        {
            var outcome = await done;
            foreach (var (index, received) in events)
                answers[index] = outcome.Kind == LeadOutcomeKind.NotFound
                    ? new EventResult(index, StatusCodes.Status404NotFound, received.LeadId, Error: outcome.Error)
                    : new EventResult(index, StatusCodes.Status201Created, received.LeadId, received.Id, outcome.Lead!.Score, outcome.Lead.Grade);
        }
        return TypedResults.Ok(new ItemList<EventResult>(answers));
    }
}

/// <summary>The answer to one recorded event: the event, and its lead as rescored (with the decisions made on it now).</summary>
public sealed record RecordedEvent(string Id, string LeadId, string Type, Instant At, JsonObject Properties, JsonObject Lead);

/// <summary>
/// What became of one item of <c>POST /api/events</c>: 201 with <c>eventId</c> and the lead's new <c>score</c> (and <c>grade</c>
/// when it has one), 400 with <c>errors</c> keyed by field, or 404 with <c>error</c>.
/// </summary>
public sealed record EventResult(
    int Index, int Status, string? LeadId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EventId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Score = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Grade = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static EventResult Invalid(int index, string? leadId, IEnumerable<ValidationError> errors) =>
        new(index, StatusCodes.Status400BadRequest, leadId,
            Errors: errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
