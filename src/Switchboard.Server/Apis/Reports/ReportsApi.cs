using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Application;
using Switchboard.Application.Reports;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Reports;

/// <summary>
/// <c>GET /api/reports/{distribution|speed-to-lead|sla|funnel}</c> (managers and admins): read-only reports over a period,
/// as JSON or, with <c>format=csv</c>, as one CSV table of the same rows (<see cref="ReportCsv"/>).
/// </summary>
public static class ReportsApi
{
    private const string PeriodHelp =
        "from and to: dates (2026-11-01, whole days in timeZone, both included) or instants (2026-11-01T09:00:00Z, to excluded); " +
        "the 30 days ending today when left out; at most 366 days. timeZone: IANA (UTC by default), for the day buckets. " +
        "Filters: pool, rep, source, workflow. format=csv answers text/csv.";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Manage);
        reports.MapGet("/distribution", (ISwitchboardStore store, IClock clock, [AsParameters] ReportParameters asked, CancellationToken ct) =>
                AnswerAsync(asked, clock, query => DistributionReport.ReadAsync(store, query, ct), "distribution"))
            .WithSummary("Fairness per pool and rep: assigned, expected, deviation, spread, skips by reason")
            .WithDescription(DistributionReport.How + " " + PeriodHelp);
        reports.MapGet("/speed-to-lead", (ISwitchboardStore store, IClock clock, [AsParameters] ReportParameters asked, CancellationToken ct) =>
                AnswerAsync(asked, clock, query => SpeedToLeadReport.ReadAsync(store, query, ct), "speed-to-lead", workflows: false))
            .WithSummary("Created → assigned and assigned → first touch: count, p50, p90, p99 by rep, pool, source and day; leads untouched now")
            .WithDescription("Percentiles are exact (nearest rank) over the leads created in the period. " + PeriodHelp + " The workflow filter does not apply.");
        reports.MapGet("/sla", (ISwitchboardStore store, IClock clock, [AsParameters] ReportParameters asked, CancellationToken ct) =>
                AnswerAsync(asked, clock, query => SlaReport.ReadAsync(store, query, ct), "sla"))
            .WithSummary("SLA breaches, reassignments, escalations and breach rate by rep and pool")
            .WithDescription(PeriodHelp);
        reports.MapGet("/funnel", (ISwitchboardStore store, ConfigService configs, IClock clock, [AsParameters] ReportParameters asked, CancellationToken ct) =>
                AnswerAsync(asked, clock, async query => await FunnelReport.ReadAsync(store, await configs.CurrentAsync(ct), query, ct), "funnel", workflows: false))
            .WithSummary("Leads by stage and conversion, deals by pipeline stage, won and lost by source and campaign, ROI per campaign with a cost")
            .WithDescription(PeriodHelp + " The workflow filter does not apply.");
        return app;
    }

    private static async Task<Results<Ok<T>, PushStreamHttpResult, ValidationProblem>> AnswerAsync<T>(
        ReportParameters asked, IClock clock, Func<ReportQuery, Task<T>> read, string name, bool workflows = true) where T : ITabularReport
    {
        var (query, errors) = asked.Parse(clock.GetCurrentInstant());
        if (query is null) return Problems.Invalid(errors);
        if (!workflows && asked.Workflow is not null)
            return Problems.Invalid("workflow", $"the {name} report reads leads, which do not record the workflow that routed them; the workflow filter applies to distribution and sla");
        if (asked.Format is not (null or "json" or "csv")) return Problems.Invalid("format", "must be json or csv");
        var report = await read(query);
        return asked.Format == "csv" ? ReportCsv.Answer(report.ToTable(), name) : TypedResults.Ok(report);
    }
}

/// <summary>The query string every report takes.</summary>
public sealed record ReportParameters(string? From, string? To, string? TimeZone, string? Pool, string? Rep, string? Source, string? Workflow, string? Format)
{
    public (ReportQuery? Query, IReadOnlyList<Engine.Validation.ValidationError> Errors) Parse(Instant now) =>
        ReportQuery.Parse(From, To, TimeZone, Pool, Rep, Source, Workflow, now);
}
