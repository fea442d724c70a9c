using NodaTime;

namespace Switchboard.Storage.Tests;

public sealed class HomeWindowTests
{
    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    [Fact]
    public void Today_runs_from_midnight_to_midnight_in_the_zone()
    {
        var window = HomeWindow.In(Seoul, Instant.FromUtc(2026, 12, 8, 16, 0));   // 01:00 on the 9th in Seoul

        Assert.Equal(Instant.FromUtc(2026, 12, 8, 15, 0), window.DayStart);
        Assert.Equal(Instant.FromUtc(2026, 12, 9, 15, 0), window.DayEnd);
    }

    [Fact]
    public void The_week_starts_on_monday_even_on_a_sunday()
    {
        var window = HomeWindow.In(Seoul, Instant.FromUtc(2026, 12, 13, 5, 0));   // Sunday 14:00 in Seoul

        Assert.Equal(Instant.FromUtc(2026, 12, 6, 15, 0), window.WeekStart);       // Monday 12-07 00:00 in Seoul
        Assert.Equal(Instant.FromUtc(2026, 12, 13, 15, 0), window.WeekEnd);
    }

    [Fact]
    public void A_day_with_a_clock_change_is_as_long_as_it_is_in_the_zone()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var window = HomeWindow.In(berlin, Instant.FromUtc(2026, 3, 29, 12, 0));

        Assert.Equal(Duration.FromHours(23), window.DayEnd - window.DayStart);
    }
}
