using System.Globalization;
using System.Security.Claims;
using NodaTime;
using Switchboard.Web.Time;

namespace Switchboard.Web.Tests;

public sealed class ViewerZoneTests : ComponentTest
{
    private static readonly Instant Noon = Instant.FromUtc(2026, 12, 5, 12, 0);

    [Fact]
    public void a_moment_is_shown_in_the_viewers_zone_with_the_zone_named()
    {
        var text = ViewerZone.Format(Noon, DateTimeZoneProviders.Tzdb["Asia/Tokyo"], CultureInfo.GetCultureInfo("ja"));
        Assert.Equal("2026/12/05 21:00 (Asia/Tokyo)", text);
    }

    [Fact]
    public void a_moment_is_written_the_way_the_viewers_language_writes_dates()
    {
        var text = ViewerZone.Format(Noon, DateTimeZoneProviders.Tzdb["Europe/Berlin"], CultureInfo.GetCultureInfo("de"));
        Assert.Equal("05.12.2026 13:00 (Europe/Berlin)", text);
    }

    [Fact]
    public async Task the_persons_own_time_zone_comes_before_the_browsers()
    {
        JSInterop.Setup<string?>("switchboardConsole.timeZone").SetResult("America/New_York");
        var zone = await new ViewerZone().ResolveAsync(Viewer(new Claim(Switchboard.Application.People.UserClaims.TimeZone, "Asia/Seoul")), JSInterop.JSRuntime);
        Assert.Equal("Asia/Seoul", zone.Id);
    }

    [Fact]
    public async Task without_a_setting_the_browsers_time_zone_is_used()
    {
        JSInterop.Setup<string?>("switchboardConsole.timeZone").SetResult("America/New_York");
        var zones = new ViewerZone();
        await zones.ResolveAsync(Viewer(), JSInterop.JSRuntime);
        Assert.Equal("America/New_York", zones.For(Viewer()).Id);
    }

    [Fact]
    public async Task an_unknown_zone_from_the_browser_falls_back_to_utc()
    {
        JSInterop.Setup<string?>("switchboardConsole.timeZone").SetResult("Mars/Olympus_Mons");
        Assert.Equal(DateTimeZone.Utc, await new ViewerZone().ResolveAsync(Viewer(), JSInterop.JSRuntime));
    }

    private static ClaimsPrincipal Viewer(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));
}
