using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Switchboard.Web.Pages.Work;

namespace Switchboard.Web.Tests;

/// <summary>A lead's first-touch SLA as the rep reads it, in its language, and what the browser ticks it with (WorkCountdownInBrowserTests).</summary>
public sealed class WorkCountdownTests : ComponentTest
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 5, 9, 0);
    private readonly FakeClock _clock = new(Now);

    public WorkCountdownTests() => Services.AddSingleton<IClock>(_clock);

    private string Shown(string language, Duration left)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return Render<SlaCountdown>(p => p.Add(c => c.Deadline, Now + left)).Find(".sla-countdown").TextContent.Trim();
    }

    [Theory]
    [InlineData("en", "12:34 left")]
    [InlineData("ko", "12:34 남음")]
    [InlineData("ja", "残り 12:34")]
    [InlineData("de", "noch 12:34")]
    public void time_left_is_minutes_and_seconds_in_the_readers_language(string language, string expected) =>
        Assert.Equal(expected, Shown(language, Duration.FromMinutes(12) + Duration.FromSeconds(34)));

    [Theory]
    [InlineData("en", "overdue 3 min")]
    [InlineData("ko", "3분 초과")]
    [InlineData("ja", "3 分超過")]
    [InlineData("de", "3 Min. überfällig")]
    public void a_breached_sla_says_by_how_many_minutes(string language, string expected) =>
        Assert.Equal(expected, Shown(language, -Duration.FromSeconds(200)));

    [Fact]
    public void hours_are_shown_when_more_than_an_hour_is_left() =>
        Assert.Equal("1:02:03 left", Shown("en", Duration.FromSeconds(3723)));

    [Fact]
    public void overdue_minutes_are_grouped_as_the_culture_groups_numbers() =>
        Assert.Equal("1.500 Min. überfällig", Shown("de", -Duration.FromMinutes(1500)));

    [Fact]
    public void it_hands_the_browser_the_time_left_and_its_words_to_tick_with()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        var countdown = Render<SlaCountdown>(p => p.Add(c => c.Deadline, Now + Duration.FromMinutes(1))).Find(".sla-countdown");

        Assert.Equal("60000", countdown.GetAttribute("data-left-ms"));
        Assert.Equal("noch {0}", countdown.GetAttribute("data-left-text"));
        Assert.Equal("{0} Min. überfällig", countdown.GetAttribute("data-overdue-text"));
        Assert.Equal(":", countdown.GetAttribute("data-time-separator"));
        Assert.Equal("de", countdown.GetAttribute("data-culture"));
    }
}
