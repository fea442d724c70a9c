using Switchboard.Storage;

namespace Switchboard.Application.Operations;

/// <summary>
/// The queues a manager works through (the HTTP endpoint and the console's Queues page): leads waiting for an owner
/// (unassigned, queued in a pool, claimable on a shark-tank board), longest waiting first, each with the decision that
/// says why and when it is next looked at.
/// </summary>
public sealed class WaitingLeads(ISwitchboardStore store)
{
    public async Task<Reading<QueuePage>> ListAsync(string status, string? poolId = null, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        if (!QueueQuery.Waiting.Contains(status)) return Reading<QueuePage>.Refused("status", $"must be one of {string.Join(", ", QueueQuery.Waiting)}");
        try
        {
            return new(await store.ListQueueAsync(new QueueQuery(status, poolId, cursor, limit), ct));
        }
        catch (ArgumentException)
        {
            return Reading<QueuePage>.Refused("cursor", "is not a cursor this server handed out");
        }
    }
}
