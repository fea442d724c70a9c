using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Dashboard;

/// <summary>The console's home figures for managers and admins (the console page calls the same store query).</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", GetDashboard).WithTags("Dashboard").RequireAuthorization(Policies.Manage)
            .WithSummary("Home figures: leads today and this week, waiting counts, SLA due within 15 minutes, today's assignments per rep, medians")
            .WithDescription("Today and this week (starting Monday) are those of timeZone, an IANA zone such as Asia/Seoul (UTC when left out).");
        return app;
    }

    public static async Task<Results<Ok<DashboardView>, ValidationProblem>> GetDashboard(ISwitchboardStore store, IClock clock, string? timeZone, CancellationToken ct)
    {
        var zone = timeZone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone);
        if (zone is null) return Problems.Invalid("timeZone", "must be an IANA time zone such as Asia/Seoul, Europe/Berlin or UTC");
        var window = HomeWindow.In(zone, clock.GetCurrentInstant());
        var figures = await store.GetHomeFiguresAsync(window, ct);
        return TypedResults.Ok(DashboardView.From(zone, window, figures));
    }
}
