using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Operations;

/// <summary>
/// The queues a manager works through (the HTTP endpoint and the console's Queues page): leads waiting for an owner
/// (unassigned, queued in a pool, claimable on a shark-tank board), longest waiting first, each with the decision that
/// left it waiting (which says why) and when it is next looked at.
/// </summary>
public sealed class WaitingLeads(ISwitchboardStore store)
{
    /// <summary>The outcomes of decisions that leave a lead waiting for an owner.</summary>
    private static readonly HashSet<string> Waits = [Outcomes.Unassigned, Outcomes.Queued, Outcomes.Claimable, Outcomes.Escalated];

    public async Task<Reading<QueuePage>> ListAsync(string status, string? poolId = null, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        if (!QueueQuery.Waiting.Contains(status)) return Reading<QueuePage>.Refused("status", $"must be one of {string.Join(", ", QueueQuery.Waiting)}");
        QueuePage page;
        try
        {
            page = await store.ListQueueAsync(new QueueQuery(status, poolId, cursor, limit), ct);
        }
        catch (ArgumentException)
        {
            return Reading<QueuePage>.Refused("cursor", "is not a cursor this server handed out");
        }
        var items = new List<QueueItem>(page.Items.Count);
        foreach (var item in page.Items) items.Add(await WithWhyAsync(item, ct));
        return new(page with { Items = items });
    }

    /// <summary>
    /// The item with the decision that left it waiting: its latest one, unless a later step (a handover of its tasks
    /// after a rejection, a notice) came after it; then the lead's history is read for the latest waiting decision.
    /// </summary>
    private async Task<QueueItem> WithWhyAsync(QueueItem item, CancellationToken ct)
    {
        if (item.LastDecision is null || Waits.Contains(item.LastDecision.Outcome)) return item;
        var why = (await store.GetDecisionsAsync(item.Lead.Id, ct)).LastOrDefault(decision => Waits.Contains(decision.Outcome));
        return why is null ? item : item with { LastDecision = why };
    }
}
