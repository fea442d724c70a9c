using NodaTime;
using NodaTime.Text;
using Switchboard.Storage;

namespace Switchboard.Application.Operations;

/// <summary>
/// The home figures (see <see cref="HomeFigures"/>): <c>today</c> and <c>weekStart</c> are dates in <c>timeZone</c>; waiting
/// counts cover leads created any time; <c>slaDueSoon</c> lists at most 100 untouched leads whose first-touch SLA is due
/// within 15 minutes (or overdue and not yet handled), earliest first; medians are seconds over today's leads that got
/// an owner or a first touch (null when none did).
/// </summary>
public sealed record DashboardView(
    string TimeZone, string Now, string Today, string WeekStart,
    int CreatedToday, int CreatedThisWeek, int Unassigned, int Queued, int Claimable,
    IReadOnlyList<SlaDueView> SlaDueSoon, IReadOnlyList<RepAssignments> AssignedToday,
    double? MedianSecondsToAssignment, double? MedianSecondsToFirstTouch)
{
    public static DashboardView From(DateTimeZone zone, HomeWindow window, HomeFigures figures) => new(
        zone.Id, Iso(window.Now), Date(window.DayStart.InZone(zone).Date), Date(window.WeekStart.InZone(zone).Date),
        figures.CreatedToday, figures.CreatedThisWeek, figures.Unassigned, figures.Queued, figures.Claimable,
        [.. figures.SlaDueSoon.Select(due => new SlaDueView(due.LeadId, due.FirstName, due.LastName, due.Company, due.OwnerId, Iso(due.Due)))],
        figures.AssignedToday, figures.MedianToAssignment?.TotalSeconds, figures.MedianToFirstTouch?.TotalSeconds);

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>A lead whose first-touch SLA is due at <c>due</c>; the names as sent.</summary>
public sealed record SlaDueView(string LeadId, string? FirstName, string? LastName, string? Company, string? OwnerId, string Due);
