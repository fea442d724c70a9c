using NodaTime;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Durable timers: written by routing transactions (AddEffectsAsync), leased here by workers, deleted by the
// routing transaction that runs them (CompleteTimersAsync).
public abstract partial class SqlStore
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> (at most 500) timers with due_at at or before <paramref name="now"/> whose
    /// lease is free or ran out (lease_until at or before now): owner = <paramref name="owner"/>, lease_until = now + lease.
    /// Oldest due first. While a lease holds nobody else can claim the timer; after it runs out anyone can, so the
    /// holder must complete it (<see cref="IRoutingTransaction.CompleteTimersAsync"/>) within the lease.
    /// SQLite: one BEGIN IMMEDIATE transaction that waits its turn with the routing writer (do not call it while
    /// holding a routing transaction). PostgreSQL: FOR UPDATE SKIP LOCKED, never waits for other claimers.
    /// </summary>
    public async Task<IReadOnlyList<DueTimer>> ClaimDueTimersAsync(string owner, Instant now, Duration lease, int limit, CancellationToken ct = default)
    {
        var rows = await ClaimAsync<TimerRow>(ClaimTimersSql, owner, now, lease, limit, ct);
        return rows.OrderBy(row => row.DueAt).ThenBy(row => row.Id).Select(row => row.ToTimer()).ToList();
    }

    /// <summary>The earliest due_at of all timers, leased or not (a leased one may already be past due).</summary>
    public async Task<Instant?> NextTimerDueAsync(CancellationToken ct = default) =>
        FromTicks(await QuerySingleOrDefaultAsync<long?>("SELECT MIN(due_at) FROM timers", null, ct));

    /// <summary>Runs a dialect's claiming UPDATE … RETURNING (timers or outbox) as its own write transaction.</summary>
    private async Task<IReadOnlyList<TRow>> ClaimAsync<TRow>(string sql, string owner, Instant now, Duration lease, int limit, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, Duration.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var args = new
        {
            owner,
            now = now.ToUnixTimeTicks(),
            leaseUntil = (now + lease).ToUnixTimeTicks(),
            limit = Math.Min(limit, MaxPageSize),
        };
        return await WriteQueryAsync<TRow>(sql, args, ct);
    }

    private static Instant? FromTicks(long? ticks) => ticks is { } value ? Instant.FromUnixTimeTicks(value) : null;
}
