using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Switchboard.Server.Hosting;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// The report folder: whole UTC days of the hourly rollups folded in the background, on the app's clock.
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task the_report_folder_folds_the_days_before_an_hour_ago_and_the_reports_answer_the_same()
    {
        await using var app = await StartReportsAsync();   // routed on Monday 2026-12-07 01:00 UTC
        const string Period = "/api/reports/distribution?from=2026-12-06&to=2026-12-08&timeZone=Asia/Seoul";
        var before = await (await app.Admin().GetAsync(Period)).Content.ReadAsStringAsync();

        await app.AdvanceAsync(Duration.FromDays(2));   // Wednesday 01:00 UTC: Tuesday ended more than an hour ago
        var watermark = await app.Services.GetRequiredService<ReportFolder>().FoldAsync();

        Assert.Equal(Instant.FromUtc(2026, 12, 9, 0, 0), watermark);
        Assert.Equal(before, await (await app.Admin().GetAsync(Period)).Content.ReadAsStringAsync());
    }
}
