using Microsoft.AspNetCore.Mvc;
using Switchboard.Server.Apis.Leads.Batch;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// Bulk intake: <c>POST /api/leads/batch</c> with a JSON array or NDJSON of up to 10,000 leads, each
/// checked and routed like <c>POST /api/leads</c>, answered with one result per item in order.
/// </summary>
public static class LeadsBatchApi
{
    /// <summary>Room for 10,000 leads with generous custom fields; the body is spooled to disk, not held.</summary>
    public const long MaxBatchBody = 128L * 1024 * 1024;

    public static IEndpointRouteBuilder MapLeadsBatchApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/leads/batch", CreateBatch).WithTags("Leads")
            .RequireAuthorization(Policies.Intake).WithRequestSizeLimit(MaxBatchBody)
            .Accepts<List<CreateLeadRequest>>("application/json", "application/x-ndjson")
            .Produces<BatchAnswer>()
            .WithSummary("Create and route up to 10,000 leads, answered per item in order")
            .WithDescription("A JSON array is answered with one object (results and counts); an NDJSON body (application/x-ndjson) "
                + "is answered in NDJSON, one item result per line.");
        return app;
    }

    /// <summary>
    /// An <c>Idempotency-Key</c> on the batch gives item i the key <c>{key}/{i}</c>: a retried batch
    /// replays every item it created the first time and creates nothing.
    /// </summary>
    public static async Task<IResult> CreateBatch(HttpRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var (body, problem) = await BatchBody.ReadAsync(request);
        return problem ?? new BatchRun(body!, idempotencyKey is { Length: > 0 } ? idempotencyKey : null);
    }
}
