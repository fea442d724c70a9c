using NodaTime;

namespace Switchboard.Storage.Rows;

/// <summary>One claimed row of timers.</summary>
internal sealed class TimerRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string? LeadId { get; set; }
    public long DueAt { get; set; }
    public string Payload { get; set; } = "{}";

    public DueTimer ToTimer() => new(Id, Kind, LeadId, Instant.FromUnixTimeTicks(DueAt), StoredJson.ReadObject(Payload));
}

/// <summary>One row of outbox (without the lease columns).</summary>
internal sealed class OutboxRow
{
    public long Id { get; set; }
    public string MessageId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string? LeadId { get; set; }
    public string Payload { get; set; } = "{}";
    public string State { get; set; } = "";
    public int Attempts { get; set; }
    public long CreatedAt { get; set; }
    public long NextAttemptAt { get; set; }
    public long? DeliveredAt { get; set; }
    public string? LastError { get; set; }

    public OutboxItem ToItem() => new()
    {
        Id = Id,
        MessageId = MessageId,
        Channel = Channel,
        LeadId = LeadId,
        Payload = StoredJson.ReadObject(Payload),
        State = State,
        Attempts = Attempts,
        CreatedAt = Instant.FromUnixTimeTicks(CreatedAt),
        NextAttemptAt = Instant.FromUnixTimeTicks(NextAttemptAt),
        DeliveredAt = DeliveredAt is { } delivered ? Instant.FromUnixTimeTicks(delivered) : null,
        LastError = LastError,
    };
}

/// <summary>One row of tasks.</summary>
internal sealed class TaskRow
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? OwnerId { get; set; }
    public string? LeadId { get; set; }
    public string? WorkflowId { get; set; }
    public long CreatedAt { get; set; }
    public long? DueAt { get; set; }
    public long? DoneAt { get; set; }

    public TaskRecord ToRecord() => new()
    {
        Id = Id,
        Title = Title,
        OwnerId = OwnerId,
        LeadId = LeadId,
        WorkflowId = WorkflowId,
        CreatedAt = Instant.FromUnixTimeTicks(CreatedAt),
        DueAt = DueAt is { } due ? Instant.FromUnixTimeTicks(due) : null,
        DoneAt = DoneAt is { } done ? Instant.FromUnixTimeTicks(done) : null,
    };
}

/// <summary>One row of a member page.</summary>
internal sealed class MemberRow
{
    public long Seq { get; set; }
    public string LeadId { get; set; } = "";
}
