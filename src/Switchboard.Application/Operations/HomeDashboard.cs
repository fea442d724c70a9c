using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Application.Operations;

/// <summary>The home figures a manager sees, for the day and week of one time zone (the HTTP endpoint and the console's home page).</summary>
public sealed class HomeDashboard(ISwitchboardStore store, IClock clock)
{
    /// <summary>An IANA zone by its id (UTC when none is named); null when the id names no zone.</summary>
    public static DateTimeZone? ZoneOf(string? timeZone) => timeZone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone);

    public async Task<DashboardFigures> ReadAsync(DateTimeZone zone, CancellationToken ct = default)
    {
        var window = HomeWindow.In(zone, clock.GetCurrentInstant());
        return new DashboardFigures(zone, window, await store.GetHomeFiguresAsync(window, ct));
    }
}

/// <summary>The figures with the zone and the window they were counted in.</summary>
public sealed record DashboardFigures(DateTimeZone Zone, HomeWindow Window, HomeFigures Figures)
{
    public DashboardView ToView() => DashboardView.From(Zone, Window, Figures);
}
