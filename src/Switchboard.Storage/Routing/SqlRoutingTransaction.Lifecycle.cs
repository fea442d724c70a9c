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
            await ExecuteBatchesAsync(LifecycleSql.InsertEventsHead, "", events,
                e => [e.Id, e.LeadId, e.Type, e.At.ToUnixTimeTicks(), StoredJson.Write(e.Properties), receivedAt.ToUnixTimeTicks()], ct);
        }
        catch (Exception error) when (store.IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"one of {events.Count} events has an id that is taken", error);
        }
    });

    public Task<IReadOnlyList<LeadEvent>> GetEventsAsync(string leadId, CancellationToken ct = default) => Read(async () =>
    {
        var rows = await session.Connection.QueryAsync<EventRow>(Command(LifecycleSql.EventsOfLead, new { leadId }, ct));
        return (IReadOnlyList<LeadEvent>)rows.Select(row => row.ToEvent()).ToList();
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

    public Task<Deal?> GetDealAsync(string id, CancellationToken ct = default) => Read(async () =>
        (await session.Connection.QuerySingleOrDefaultAsync<DealRow>(Command(LifecycleSql.DealById, new { id }, ct)))?.ToDeal());

    /// <exception cref="KeyNotFoundException">No deal has this id.</exception>
    public Task UpdateDealAsync(Deal deal, CancellationToken ct = default) => Write(async () =>
    {
        var changed = await session.Connection.ExecuteAsync(Command(LifecycleSql.UpdateDeal, DealRow.From(deal), ct));
        if (changed == 0) throw new KeyNotFoundException($"deal '{deal.Id}' does not exist");
    });
}
