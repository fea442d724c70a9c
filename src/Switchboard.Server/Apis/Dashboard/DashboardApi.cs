using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.Operations;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Dashboard;

/// <summary>The console's home figures for managers and admins (the console's home page reads the same <see cref="HomeDashboard"/>).</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", GetDashboard).WithTags("Dashboard").RequireAuthorization(Policies.Manage)
            .WithSummary("Home figures: leads today and this week, waiting counts, SLA due within 15 minutes, today's assignments per rep, medians")
            .WithDescription("Today and this week (starting Monday) are those of timeZone, an IANA zone such as Asia/Seoul (UTC when left out).");
        return app;
    }

    public static async Task<Results<Ok<DashboardView>, ValidationProblem>> GetDashboard(HomeDashboard dashboard, string? timeZone, CancellationToken ct)
    {
        if (HomeDashboard.ZoneOf(timeZone) is not { } zone)
            return Problems.Invalid("timeZone", "must be an IANA time zone such as Asia/Seoul, Europe/Berlin or UTC");
        return TypedResults.Ok((await dashboard.ReadAsync(zone, ct)).ToView());
    }
}
