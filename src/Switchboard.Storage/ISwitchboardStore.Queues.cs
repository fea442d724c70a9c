using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

/// <summary>The work queues a manager watches: leads waiting for an owner, with why and when they are next tried.</summary>
public partial interface ISwitchboardStore
{
    /// <summary>
    /// Leads of one waiting status (unassigned, queued or claimable), optionally of one pool, longest waiting first (oldest created),
    /// each with its last decision (which says why it waits) and its pending timer: a queued lead's next re-check,
    /// a claimable lead's claim window end. Limit is clamped to 1..500.
    /// </summary>
    /// <exception cref="ArgumentException">The cursor is not one of this queue, or the status is not a waiting one.</exception>
    Task<QueuePage> ListQueueAsync(QueueQuery query, CancellationToken ct = default);

    /// <summary>
    /// A rep's own assigned leads, newest first, each with its first-touch SLA deadline while it runs (null once touched
    /// or without an SLA) in <see cref="QueueItem.NextAt"/>; no decision is read. Limit is clamped to 1..500.
    /// </summary>
    /// <exception cref="ArgumentException">The cursor is not one of this rep's list.</exception>
    Task<QueuePage> ListRepWorkAsync(string repId, string? cursor = null, int limit = 50, CancellationToken ct = default);
}

public sealed record QueueQuery(string Status, string? PoolId = null, string? Cursor = null, int Limit = 50)
{
    /// <summary>The statuses of leads waiting for an owner: the queues there are.</summary>
    public static readonly IReadOnlyList<string> Waiting = [LeadStatus.Unassigned, LeadStatus.Queued, LeadStatus.Claimable];
}

/// <param name="NextAt">Queued: when the pool is next re-checked for it; claimable: when its claim window closes; a rep's own lead: its SLA deadline; else null.</param>
public sealed record QueueItem(Lead Lead, Decision? LastDecision, Instant? NextAt);

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, string? NextCursor);
