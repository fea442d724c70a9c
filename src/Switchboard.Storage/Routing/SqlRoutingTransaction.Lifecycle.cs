using Dapper;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// Engagement events and deals, written with the lead changes and decisions they cause.
internal sealed partial class SqlRoutingTransaction
{
    /// <exception cref="DuplicateKeyException">An event id is taken.</exception>
    public Task InsertEventsAsync(IReadOnlyList<LeadEvent> events, Instant receivedAt, CancellationToken ct = default) => Write(async () =>
    {
        try
        {
            await ExecuteValuesAsync(LifecycleSql.InsertEventsHead, "", events,
                e => [e.Id, e.LeadId, e.Type, e.At.ToUnixTimeTicks(), StoredJson.Write(e.Properties), receivedAt.ToUnixTimeTicks()], ct);
        }
        catch (Exception error) when (store.IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"one of {events.Count} events has an id that is taken", error);
        }
    });

    public Task<IReadOnlyDictionary<string, IReadOnlyList<LeadEvent>>> GetEventsAsync(IReadOnlyCollection<string> leadIds, CancellationToken ct = default) =>
        Read(async () =>
        {
            var events = new Dictionary<string, List<LeadEvent>>(StringComparer.Ordinal);
            foreach (var chunk in leadIds.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
                foreach (var row in await session.Connection.QueryAsync<EventRow>(
                             Command(LifecycleSql.EventsOfLeads(store.InListSql("lead_id", "@ids")), new { ids = store.ListParameter(chunk) }, ct)))
                {
                    var received = row.ToEvent();
                    if (!events.TryGetValue(received.LeadId, out var list)) events[received.LeadId] = list = [];
                    list.Add(received);
                }
            return (IReadOnlyDictionary<string, IReadOnlyList<LeadEvent>>)events.ToDictionary(
                e => e.Key, e => (IReadOnlyList<LeadEvent>)e.Value, StringComparer.Ordinal);
        });

    /// <exception cref="DuplicateKeyException">The deal id is taken.</exception>
    public Task InsertDealAsync(Deal deal, CancellationToken ct = default) => Write(async () =>
    {
        try
        {
            await session.Connection.ExecuteAsync(Command(LifecycleSql.InsertDeal, DealRow.From(deal), ct));
        }
        catch (Exception error) when (store.IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"deal '{deal.Id}' already exists", error);
        }
    });

    public Task<IReadOnlyList<Deal>> GetDealsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Read(async () =>
    {
        var deals = new List<Deal>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
            foreach (var row in await session.Connection.QueryAsync<DealRow>(
                         Command(LifecycleSql.DealsByIds(store.InListSql("id", "@ids")), new { ids = store.ListParameter(chunk) }, ct)))
                deals.Add(row.ToDeal());
        return (IReadOnlyList<Deal>)deals;
    });

    /// <exception cref="KeyNotFoundException">No deal has this id.</exception>
    public Task UpdateDealAsync(Deal deal, CancellationToken ct = default) => Write(async () =>
    {
        var changed = await session.Connection.ExecuteAsync(Command(LifecycleSql.UpdateDeal, DealRow.From(deal), ct));
        if (changed == 0) throw new KeyNotFoundException($"deal '{deal.Id}' does not exist");
    });
}
