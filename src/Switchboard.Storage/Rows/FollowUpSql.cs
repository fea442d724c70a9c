namespace Switchboard.Storage.Rows;

/// <summary>Column lists and statements of the follow-up tables (timers, outbox, tasks, memberships) both dialects share.</summary>
internal static class FollowUpSql
{
    public const string TimerColumns =
        "id AS Id, kind AS Kind, lead_id AS LeadId, due_at AS DueAt, payload AS Payload";

    public const string OutboxColumns =
        "id AS Id, message_id AS MessageId, channel AS Channel, lead_id AS LeadId, payload AS Payload, state AS State, " +
        "attempts AS Attempts, created_at AS CreatedAt, next_attempt_at AS NextAttemptAt, delivered_at AS DeliveredAt, " +
        "last_error AS LastError";

    public const string TaskColumns =
        "id AS Id, title AS Title, owner_id AS OwnerId, lead_id AS LeadId, workflow_id AS WorkflowId, " +
        "created_at AS CreatedAt, due_at AS DueAt, done_at AS DoneAt";

    public const string InsertTimersHead = "INSERT INTO timers (kind, lead_id, due_at, payload, created_at)";

    /// <summary>Followed by <c>VALUES (lead, kind), …</c> and the closing parenthesis (row-value IN works in both dialects).</summary>
    public const string CancelTimersHead = "DELETE FROM timers WHERE (lead_id, kind) IN (";

    public const string InsertOutboxHead =
        "INSERT INTO outbox (message_id, channel, lead_id, payload, state, attempts, created_at, next_attempt_at)";

    public const string InsertTasksHead =
        "INSERT INTO tasks (id, title, owner_id, lead_id, workflow_id, created_at, due_at)";

    /// <summary>A lead's open tasks follow it to its new owner (ix_tasks_lead finds them).</summary>
    public const string HandOverTasks = "UPDATE tasks SET owner_id = @ownerId WHERE lead_id = @leadId AND done_at IS NULL";

    public const string AddMembersHead = "INSERT INTO memberships (kind, target_id, lead_id, added_at)";

    /// <summary>An existing membership keeps its place (seq) and added_at.</summary>
    public const string AddMembersTail = "ON CONFLICT (kind, target_id, lead_id) DO NOTHING";

    public const string RemoveMembersHead = "DELETE FROM memberships WHERE (kind, target_id, lead_id) IN (";

    public static string DeleteLeasedTimers(string idIn) => $"DELETE FROM timers WHERE owner = @owner AND {idIn} RETURNING id";
}

/// <summary>Fresh ids of rows the store creates: a prefix and a GUID v7 (time-ordered, 32 hex digits).</summary>
internal static class NewId
{
    public static string Message() => "msg_" + Guid.CreateVersion7().ToString("N");

    public static string Task() => "task_" + Guid.CreateVersion7().ToString("N");
}
