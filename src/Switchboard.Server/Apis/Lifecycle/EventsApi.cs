using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Application;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Routing;
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
        lead.MapPost("/", RecordEvent).WithRequestSizeLimit(64 * 1024);
        lead.MapGet("/", ListEvents);
        app.MapPost("/api/events", RecordEvents).WithTags("Events").RequireAuthorization(Policies.Manage).WithRequestSizeLimit(8 * 1024 * 1024);
        return app;
    }

    public static async Task<IResult> RecordEvent(string id, HttpRequest request, ClaimsPrincipal user, LeadService leads, IClock clock)
    {
        var body = await JsonBody.ReadAsync<EventBody>(request);
        if (body.Problem is not null) return body.Problem;
        if (body.Value!.LeadId is { } other && other != id) return Problems.Invalid("leadId", $"the body names lead '{other}', the path '{id}'");
        var errors = new List<ValidationError>();
        if (EventInput.Read(body.Value, id, clock.GetCurrentInstant(), "", errors) is not { } received) return Problems.Invalid(errors);
        var outcome = await leads.RecordEventsAsync(id, [received], Caller.Of(user));
        if (outcome.Kind == LeadOutcomeKind.NotFound) return Problems.NotFound(outcome.Error!);
        var answer = Write(received);
        answer["lead"] = LeadJson.Write(outcome.Lead!, outcome.Decisions);
        return TypedResults.Created($"/api/leads/{id}/events", answer);
    }

    public static async Task<IResult> ListEvents(string id, ClaimsPrincipal user, ISwitchboardStore store, string? cursor, int? limit)
    {
        var lead = await store.GetLeadAsync(id);
        if (lead is null || !Caller.Of(user).MayActOn(lead.OwnerId)) return Problems.NotFound($"lead '{id}' not found");
        if (limit is < 1 or > 500) return Problems.Invalid("limit", "must be between 1 and 500");
        EventPage page;
        try
        {
            page = await store.ListEventsAsync(id, cursor, limit ?? 100);
        }
        catch (ArgumentException)
        {
            return Problems.Invalid("cursor", "is not a cursor this server handed out");
        }
        return TypedResults.Ok(new JsonObject { ["items"] = new JsonArray([.. page.Items.Select(e => (JsonNode)Write(e))]), ["nextCursor"] = page.NextCursor });
    }

    /// <summary>
    /// Up to <see cref="MaxBulk"/> events; each item is answered in order with its status: 201 (eventId and the
    /// lead's new score and grade), 400 (errors) or 404. A lead's events are applied in the order given.
    /// </summary>
    public static async Task<IResult> RecordEvents(HttpRequest request, ClaimsPrincipal user, LeadService leads, IClock clock)
    {
        var body = await JsonBody.ReadAsync<List<EventBody?>>(request);
        if (body.Problem is not null) return body.Problem;
        var items = body.Value!;
        if (items.Count > MaxBulk) return Problems.Invalid("$", $"at most {MaxBulk} events per request (got {items.Count})");
        var now = clock.GetCurrentInstant();
        var answers = new JsonObject?[items.Count];
        var byLead = new Dictionary<string, List<(int Index, LeadEvent Event)>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var errors = new List<ValidationError>();
            if (items[i] is not { } item) errors.Add(new("$", "must be an event object"));
            else if (string.IsNullOrEmpty(item.LeadId)) errors.Add(new("leadId", "is required"));
            else if (EventInput.Read(item, item.LeadId, now, "", errors) is { } received)
                (byLead.TryGetValue(item.LeadId, out var list) ? list : byLead[item.LeadId] = []).Add((i, received));
            if (errors.Count > 0) answers[i] = Item(i, 400, items[i]?.LeadId, errors: errors);
        }

        var commands = byLead.Select(entry => (Events: entry.Value, Done: leads.RecordEventsAsync(entry.Key, [.. entry.Value.Select(e => e.Event)], Caller.Of(user)))).ToList();
        foreach (var (events, done) in commands)
        {
            var outcome = await done;
            foreach (var (index, received) in events)
                answers[index] = outcome.Kind == LeadOutcomeKind.NotFound
                    ? Item(index, 404, received.LeadId, error: outcome.Error)
                    : Item(index, 201, received.LeadId, received.Id, outcome.Lead);
        }
        return TypedResults.Ok(new JsonObject { ["items"] = new JsonArray([.. answers]) });
    }

    private static JsonObject Item(int index, int status, string? leadId, string? eventId = null, Lead? lead = null,
        string? error = null, List<ValidationError>? errors = null)
    {
        var item = new JsonObject { ["index"] = index, ["status"] = status, ["leadId"] = leadId };
        if (eventId is not null) item["eventId"] = eventId;
        if (lead is not null)
        {
            item["score"] = lead.Score;
            item["grade"] = lead.Grade;
        }
        if (error is not null) item["error"] = error;
        if (errors is not null)
            item["errors"] = new JsonObject(errors.GroupBy(e => e.Path).Select(g =>
                KeyValuePair.Create(g.Key, (JsonNode?)new JsonArray([.. g.Select(e => (JsonNode)e.Message)]))));
        return item;
    }

    private static JsonObject Write(LeadEvent received) => JsonSerializer.SerializeToNode(received, EngineJson.Options)!.AsObject();
}
