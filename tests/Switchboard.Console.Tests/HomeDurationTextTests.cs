using System.Globalization;
using NodaTime;
using Switchboard.Web.Pages.Home;

namespace Switchboard.Web.Tests;

public sealed class HomeDurationTextTests
{
    [Theory]
    [InlineData("en", "1 min 20 s")]
    [InlineData("ko", "1분 20초")]
    [InlineData("ja", "1分20秒")]
    [InlineData("de", "1 Min. 20 Sek.")]
    public void a_median_of_eighty_seconds_reads_as_minutes_and_seconds_in_each_language(string language, string expected)
    {
        Assert.Equal(expected, DurationText.Format(Duration.FromSeconds(80), CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public void under_a_minute_only_seconds_are_shown_rounded_to_the_nearest()
    {
        Assert.Equal("45초", DurationText.Format(Duration.FromMilliseconds(44_600), CultureInfo.GetCultureInfo("ko")));
    }

    [Fact]
    public void from_an_hour_on_hours_and_minutes_are_shown_with_numbers_grouped_per_culture()
    {
        Assert.Equal("2 h 5 min", DurationText.Format(Duration.FromMinutes(125), CultureInfo.GetCultureInfo("en")));
        Assert.Equal("1.200 Std. 0 Min.", DurationText.Format(Duration.FromHours(1200), CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public void a_language_without_its_own_units_reads_english_units()
    {
        Assert.Equal("3 s", DurationText.Format(Duration.FromSeconds(3), CultureInfo.GetCultureInfo("fr")));
    }
}
