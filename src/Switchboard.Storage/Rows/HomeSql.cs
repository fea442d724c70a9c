namespace Switchboard.Storage.Rows;

/// <summary>The home figures' statements (both dialects); instants are Unix ticks.</summary>
internal static class HomeSql
{
    public const string CreatedToday =
        "SELECT created_at AS CreatedAt, assigned_at AS AssignedAt, first_touch_at AS FirstTouchAt FROM leads " +
        "WHERE created_at >= @dayStart AND created_at < @dayEnd";

    public const string CreatedThisWeek = "SELECT COUNT(*) FROM leads WHERE created_at >= @weekStart AND created_at < @weekEnd";

    public const string Waiting =
        "SELECT status AS Status, COUNT(*) AS Count FROM leads WHERE status IN ('unassigned', 'queued', 'claimable') GROUP BY status";

    public const string SlaDueSoon =
        "SELECT t.lead_id AS LeadId, t.due_at AS DueAt, l.owner_id AS OwnerId, l.data AS Data FROM timers t " +
        "JOIN leads l ON l.id = t.lead_id WHERE t.kind = 'sla' AND t.due_at < @slaUntil ORDER BY t.due_at, t.id LIMIT @slaLimit";

    public const string AssignedToday =
        "SELECT owner_id AS RepId, COUNT(*) AS Count FROM leads WHERE assigned_at >= @dayStart AND assigned_at < @dayEnd " +
        "AND owner_id IS NOT NULL GROUP BY owner_id ORDER BY COUNT(*) DESC, owner_id";
}

// Classes with setters, not positional records: SQLite gives an empty result no column types to match a constructor by.
internal sealed class TodayLeadRow
{
    public long CreatedAt { get; set; }
    public long? AssignedAt { get; set; }
    public long? FirstTouchAt { get; set; }
}

internal sealed class StatusCountRow
{
    public string Status { get; set; } = "";
    public long Count { get; set; }
}

internal sealed class SlaDueRow
{
    public string LeadId { get; set; } = "";
    public long DueAt { get; set; }
    public string? OwnerId { get; set; }
    public string Data { get; set; } = "{}";
}

internal sealed class RepCountRow
{
    public string RepId { get; set; } = "";
    public long Count { get; set; }
}
