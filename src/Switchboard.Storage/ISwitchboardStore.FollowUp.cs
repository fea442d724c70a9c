using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

/// <summary>
/// Follow-up automation (issue 3): durable timers, the transactional outbox, tasks and list or
/// campaign memberships. Rows are written by the routing transaction that caused them; workers
/// claim due rows with a lease (PostgreSQL: FOR UPDATE SKIP LOCKED) so several processes share
/// the work without doing anything twice.
/// <para>Leases: a claim sets owner and lease_until = now + lease. While now &lt; lease_until nobody else can
/// claim the row; from lease_until on (the holder crashed or is slow) anyone can, and the old holder's
/// completion or marks are then ignored. So finish within the lease, and expect a message to be sent
/// twice in that case (receivers drop repeats by <see cref="OutboxItem.MessageId"/>).</para>
/// <para>SQLite: claims, outbox marks, retries and task completion are short write transactions
/// (BEGIN IMMEDIATE) that take the same in-process write turn as routing transactions; do not call
/// them while holding a routing transaction in the same flow (they would wait for it forever).</para>
/// </summary>
public partial interface ISwitchboardStore
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> (at most 500) timers due at <paramref name="now"/> that nobody holds
    /// (or whose lease ran out), oldest due first. Run them with <see cref="IRoutingTransaction.CompleteTimersAsync"/>.
    /// </summary>
    Task<IReadOnlyList<DueTimer>> ClaimDueTimersAsync(string owner, Instant now, Duration lease, int limit, CancellationToken ct = default);

    /// <summary>The earliest due time of any timer, leased or not (so possibly past), or null when there are none.</summary>
    Task<Instant?> NextTimerDueAsync(CancellationToken ct = default);

    /// <summary>Leases up to <paramref name="limit"/> (at most 500) pending messages due at <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ClaimDueOutboxAsync(string owner, Instant now, Duration lease, int limit, CancellationToken ct = default);

    /// <summary>The earliest next attempt of pending messages, leased or not, or null when none is pending.</summary>
    Task<Instant?> NextOutboxDueAsync(CancellationToken ct = default);

    /// <summary>Delivered (attempts + 1, lease released); ignored unless <paramref name="owner"/> holds the pending message.</summary>
    Task MarkOutboxDeliveredAsync(long id, string owner, Instant at, CancellationToken ct = default);

    /// <summary>Marks many messages delivered in one write; ids this owner does not hold are left alone.</summary>
    Task MarkOutboxDeliveredAsync(IReadOnlyCollection<long> ids, string owner, Instant at, CancellationToken ct = default);

    /// <summary>
    /// Records a failed attempt (attempts + 1, last error, lease released): retried at <paramref name="nextAttemptAt"/>,
    /// or dead when it is null. Ignored unless <paramref name="owner"/> holds the pending message.
    /// </summary>
    Task MarkOutboxFailedAsync(long id, string owner, string error, Instant? nextAttemptAt, CancellationToken ct = default);

    /// <summary>Messages by state ("pending", "delivered", "dead"; null = all), newest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ListOutboxAsync(string? state, int limit, CancellationToken ct = default);

    /// <summary>Makes a dead message pending again, due now (attempts are kept). False when it is not dead or unknown.</summary>
    Task<bool> RetryOutboxAsync(long id, Instant now, CancellationToken ct = default);

    /// <summary>By due time (tasks without one last), then creation.</summary>
    Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken ct = default);

    /// <summary>Marks a task done (idempotent: a second call keeps the first time); null when unknown.</summary>
    Task<TaskRecord?> CompleteTaskAsync(string id, Instant at, CancellationToken ct = default);

    /// <summary>Lead ids in a list or campaign ("list" | "campaign"), in the order they were added, paged by an opaque cursor.</summary>
    /// <exception cref="ArgumentException">An unknown kind, or a cursor this store did not hand out.</exception>
    Task<MemberPage> ListMembersAsync(string kind, string targetId, string? cursor, int limit, CancellationToken ct = default);
}

public partial interface IRoutingTransaction
{
    /// <summary>
    /// Writes timers, timer cancellations, outbox messages, tasks and memberships in this transaction.
    /// Cancellations apply before the new timers (cancel "sla" + a new "sla" timer keeps the new one);
    /// membership changes apply in list order; adding an existing membership changes nothing.
    /// </summary>
    Task AddEffectsAsync(Effects effects, Instant now, CancellationToken ct = default);

    /// <summary>
    /// Deletes timers <paramref name="owner"/> claimed, in one statement per chunk, and returns the ids deleted now:
    /// each id is returned exactly once (the caller then runs that timer in this transaction); a timer another owner
    /// has claimed since, or that is gone, is left out. Rolled back with the transaction.
    /// </summary>
    Task<IReadOnlySet<long>> CompleteTimersAsync(IReadOnlyCollection<long> timerIds, string owner, CancellationToken ct = default);

    /// <summary>Ids of the leads queued in a pool, oldest first.</summary>
    Task<IReadOnlyList<string>> QueuedLeadIdsAsync(string poolId, int limit, CancellationToken ct = default);
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
    /// <summary>Only the tasks of this lead.</summary>
    public string? LeadId { get; init; }
    /// <summary>Only open tasks due at or before this instant.</summary>
    public Instant? DueBefore { get; init; }
    public bool IncludeDone { get; init; }
    public int Limit { get; init; } = 100;
}

public sealed record MemberPage(IReadOnlyList<string> LeadIds, string? NextCursor);
