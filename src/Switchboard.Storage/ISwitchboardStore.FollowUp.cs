using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

/// <summary>
/// Follow-up automation (issue 3): durable timers, the transactional outbox, tasks and list or
/// campaign memberships. Rows are written by the routing transaction that caused them; workers
/// claim due rows with a lease (PostgreSQL: FOR UPDATE SKIP LOCKED) so several processes share
/// the work without doing anything twice.
/// </summary>
public partial interface ISwitchboardStore
{
    /// <summary>Leases up to <paramref name="limit"/> timers due at <paramref name="now"/> that nobody holds (or whose lease ran out).</summary>
    Task<IReadOnlyList<DueTimer>> ClaimDueTimersAsync(string owner, Instant now, Duration lease, int limit, CancellationToken ct = default) =>
        throw new NotSupportedException("timers: storage for issue 3");

    /// <summary>The earliest due time of any timer, or null when there are none.</summary>
    Task<Instant?> NextTimerDueAsync(CancellationToken ct = default) => throw new NotSupportedException("timers: storage for issue 3");

    Task<IReadOnlyList<OutboxItem>> ClaimDueOutboxAsync(string owner, Instant now, Duration lease, int limit, CancellationToken ct = default) =>
        throw new NotSupportedException("outbox: storage for issue 3");

    Task<Instant?> NextOutboxDueAsync(CancellationToken ct = default) => throw new NotSupportedException("outbox: storage for issue 3");

    Task MarkOutboxDeliveredAsync(long id, string owner, Instant at, CancellationToken ct = default) =>
        throw new NotSupportedException("outbox: storage for issue 3");

    /// <summary>Records a failed attempt: retried at <paramref name="nextAttemptAt"/>, or dead when it is null.</summary>
    Task MarkOutboxFailedAsync(long id, string owner, string error, Instant? nextAttemptAt, CancellationToken ct = default) =>
        throw new NotSupportedException("outbox: storage for issue 3");

    /// <summary>Messages by state ("pending", "delivered", "dead"; null = all), newest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ListOutboxAsync(string? state, int limit, CancellationToken ct = default) =>
        throw new NotSupportedException("outbox: storage for issue 3");

    /// <summary>Makes a dead message pending again, due now. False when it is not dead or unknown.</summary>
    Task<bool> RetryOutboxAsync(long id, Instant now, CancellationToken ct = default) =>
        throw new NotSupportedException("outbox: storage for issue 3");

    Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken ct = default) =>
        throw new NotSupportedException("tasks: storage for issue 3");

    /// <summary>Marks a task done (idempotent); null when unknown.</summary>
    Task<TaskRecord?> CompleteTaskAsync(string id, Instant at, CancellationToken ct = default) =>
        throw new NotSupportedException("tasks: storage for issue 3");

    /// <summary>Lead ids in a list or campaign ("list" | "campaign"), in the order they were added, paged by an opaque cursor.</summary>
    Task<MemberPage> ListMembersAsync(string kind, string targetId, string? cursor, int limit, CancellationToken ct = default) =>
        throw new NotSupportedException("lists: storage for issue 3");
}

public partial interface IRoutingTransaction
{
    /// <summary>Writes timers, timer cancellations, outbox messages, tasks and memberships in this transaction.</summary>
    Task AddEffectsAsync(Effects effects, Instant now, CancellationToken ct = default) =>
        throw new NotSupportedException("effects: storage for issue 3");

    /// <summary>Deletes a leased timer; true exactly once per timer (the caller then runs it in this transaction).</summary>
    Task<bool> CompleteTimerAsync(long timerId, string owner, CancellationToken ct = default) =>
        throw new NotSupportedException("timers: storage for issue 3");

    /// <summary>Ids of the leads queued in a pool, oldest first.</summary>
    Task<IReadOnlyList<string>> QueuedLeadIdsAsync(string poolId, int limit, CancellationToken ct = default) =>
        throw new NotSupportedException("queue: storage for issue 3");
}

public sealed record DueTimer(long Id, string Kind, string? LeadId, Instant DueAt, JsonObject Payload);

public sealed record OutboxItem
{
    public long Id { get; init; }
    /// <summary>Sent with every delivery so a receiver can drop repeats.</summary>
    public string MessageId { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? LeadId { get; init; }
    public JsonObject Payload { get; init; } = new();
    /// <summary>pending, delivered or dead.</summary>
    public string State { get; init; } = "pending";
    public int Attempts { get; init; }
    public Instant CreatedAt { get; init; }
    public Instant NextAttemptAt { get; init; }
    public Instant? DeliveredAt { get; init; }
    public string? LastError { get; init; }
}

public sealed record TaskRecord
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string? OwnerId { get; init; }
    public string? LeadId { get; init; }
    public string? WorkflowId { get; init; }
    public Instant CreatedAt { get; init; }
    public Instant? DueAt { get; init; }
    public Instant? DoneAt { get; init; }
}

public sealed record TaskQuery
{
    public string? Owner { get; init; }
    /// <summary>Only open tasks due at or before this instant.</summary>
    public Instant? DueBefore { get; init; }
    public bool IncludeDone { get; init; }
    public int Limit { get; init; } = 100;
}

public sealed record MemberPage(IReadOnlyList<string> LeadIds, string? NextCursor);
