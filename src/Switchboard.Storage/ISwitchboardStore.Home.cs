using NodaTime;

namespace Switchboard.Storage;

public partial interface ISwitchboardStore
{
    /// <summary>The console's home figures for the day and week of <paramref name="window"/> (see <see cref="HomeFigures"/>).</summary>
    Task<HomeFigures> GetHomeFiguresAsync(HomeWindow window, CancellationToken ct = default);
}

/// <summary>"Now", and today and this week (Monday to Monday) as instants in a viewer's time zone.</summary>
public sealed record HomeWindow(Instant Now, Instant DayStart, Instant DayEnd, Instant WeekStart, Instant WeekEnd)
{
    /// <summary>How far ahead an SLA due time counts as breaching soon.</summary>
    public static readonly Duration SlaHorizon = Duration.FromMinutes(15);

    /// <summary>SLA timers are listed up to this many, earliest due first.</summary>
    public const int SlaListLimit = 100;

    public static HomeWindow In(DateTimeZone zone, Instant now)
    {
        var today = now.InZone(zone).Date;
        var monday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        Instant Start(LocalDate date) => zone.AtStartOfDay(date).ToInstant();
        return new HomeWindow(now, Start(today), Start(today.PlusDays(1)), Start(monday), Start(monday.PlusWeeks(1)));
    }
}

/// <summary>
/// The console's home page. Counts of leads created today and this week; of leads waiting (status unassigned, queued in a
/// pool, claimable on a shark-tank board) whenever created; untouched assigned leads whose SLA timer is due before
/// now + <see cref="HomeWindow.SlaHorizon"/> (overdue ones not yet handled included); assignments made today per current
/// owner (leads whose latest assignment is today); and for leads created today the median time from creation to their
/// (latest) assignment and to their first touch, over the leads that got one (null when none did).
/// </summary>
public sealed record HomeFigures(
    int CreatedToday, int CreatedThisWeek, int Unassigned, int Queued, int Claimable,
    IReadOnlyList<SlaDue> SlaDueSoon, IReadOnlyList<RepAssignments> AssignedToday,
    Duration? MedianToAssignment, Duration? MedianToFirstTouch);

/// <summary>A lead whose first-touch SLA is due at <paramref name="Due"/>; names as sent (the console orders them per culture).</summary>
public sealed record SlaDue(string LeadId, string? FirstName, string? LastName, string? Company, string? OwnerId, Instant Due);

public sealed record RepAssignments(string RepId, int Count);
