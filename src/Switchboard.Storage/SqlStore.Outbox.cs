using NodaTime;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// The transactional outbox: rows written by routing transactions (AddEffectsAsync), leased and delivered by
// workers after commit. A delivery may repeat (a lease can run out mid-send), so every message carries a
// stable message_id for receivers to drop repeats.
public abstract partial class SqlStore
{
    private const string ReleaseLease = "owner = NULL, lease_until = NULL";

    /// <summary>
    /// Leases up to <paramref name="limit"/> (at most 500) pending messages with next_attempt_at at or before
    /// <paramref name="now"/> whose lease is free or ran out, earliest first. Same lease rules and locking as
    /// <see cref="ClaimDueTimersAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<OutboxItem>> ClaimDueOutboxAsync(string owner, Instant now, Duration lease, int limit, CancellationToken ct = default)
    {
        var rows = await ClaimAsync<OutboxRow>(ClaimOutboxSql, owner, now, lease, limit, ct);
        return rows.OrderBy(row => row.NextAttemptAt).ThenBy(row => row.Id).Select(row => row.ToItem()).ToList();
    }

    /// <summary>The earliest next_attempt_at of pending messages, leased or not.</summary>
    public async Task<Instant?> NextOutboxDueAsync(CancellationToken ct = default) =>
        FromTicks(await QuerySingleOrDefaultAsync<long?>("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'", null, ct));

    /// <summary>
    /// pending → delivered (delivered_at, attempts + 1, lease released). Does nothing unless the message is
    /// pending and leased by <paramref name="owner"/> (a lease that ran out and was claimed by another worker).
    /// </summary>
    public Task MarkOutboxDeliveredAsync(long id, string owner, Instant at, CancellationToken ct = default) =>
        WriteAsync(
            $"UPDATE outbox SET state = 'delivered', delivered_at = @at, attempts = attempts + 1, {ReleaseLease} " +
            "WHERE id = @id AND owner = @owner AND state = 'pending'",
            new { id, owner, at = at.ToUnixTimeTicks() }, ct);

    /// <summary>Marks many delivered messages in one write (one commit for a whole delivery round); same owner rule.</summary>
    public Task MarkOutboxDeliveredAsync(IReadOnlyCollection<long> ids, string owner, Instant at, CancellationToken ct = default) =>
        ids.Count == 0 ? Task.CompletedTask : WriteAsync(
            $"UPDATE outbox SET state = 'delivered', delivered_at = @at, attempts = attempts + 1, {ReleaseLease} " +
            // PostgreSQL takes the ids as one array parameter; SQLite gets Dapper's list expansion.
            $"WHERE {(Dialect == "postgres" ? "id = ANY(@ids)" : "id IN @ids")} AND owner = @owner AND state = 'pending'",
            new { ids = ids.ToArray(), owner, at = at.ToUnixTimeTicks() }, ct);

    /// <summary>
    /// Records a failed attempt (attempts + 1, last_error, lease released): pending again at
    /// <paramref name="nextAttemptAt"/>, or dead when it is null. Same owner rule as <see cref="MarkOutboxDeliveredAsync"/>.
    /// </summary>
    public Task MarkOutboxFailedAsync(long id, string owner, string error, Instant? nextAttemptAt, CancellationToken ct = default) =>
        WriteAsync(
            "UPDATE outbox SET attempts = attempts + 1, last_error = @error, state = @state, " +
            $"next_attempt_at = COALESCE(@next, next_attempt_at), {ReleaseLease} " +
            "WHERE id = @id AND owner = @owner AND state = 'pending'",
            new { id, owner, error, state = nextAttemptAt is null ? "dead" : "pending", next = nextAttemptAt?.ToUnixTimeTicks() }, ct);

    /// <summary>Newest first (by id); <paramref name="state"/> null lists every state. Limit is clamped to 1..500.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ListOutboxAsync(string? state, int limit, CancellationToken ct = default)
    {
        var where = state is null ? "" : "WHERE state = @state ";
        var rows = await QueryAsync<OutboxRow>(
            $"SELECT {FollowUpSql.OutboxColumns} FROM outbox {where}ORDER BY id DESC LIMIT @limit",
            new { state, limit = Math.Clamp(limit, 1, MaxPageSize) }, ct);
        return rows.Select(row => row.ToItem()).ToList();
    }

    /// <summary>
    /// dead → pending, due at <paramref name="now"/>. Attempts and last_error are kept (they count every try),
    /// so a worker that dead-letters after N attempts gives a retried message one more try.
    /// </summary>
    public async Task<bool> RetryOutboxAsync(long id, Instant now, CancellationToken ct = default) =>
        await WriteAsync(
            $"UPDATE outbox SET state = 'pending', next_attempt_at = @now, {ReleaseLease} WHERE id = @id AND state = 'dead'",
            new { id, now = now.ToUnixTimeTicks() }, ct) > 0;
}
