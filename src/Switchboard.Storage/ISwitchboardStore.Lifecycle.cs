using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

/// <summary>
/// The lead lifecycle (issue 4): engagement events and deals. Both are written by routing transactions (so a
/// deal or an event commits with the lead, decisions and effects it caused) and read here.
/// </summary>
public partial interface ISwitchboardStore
{
    Task<Deal?> GetDealAsync(string id, CancellationToken ct = default);

    /// <summary>Newest first, filtered and cursor-paged like leads.</summary>
    /// <exception cref="ArgumentException">A cursor this store did not hand out.</exception>
    Task<DealPage> ListDealsAsync(DealQuery query, CancellationToken ct = default);

    /// <summary>A lead's events, newest first, paged by an opaque cursor (limit clamped to 1..500).</summary>
    /// <exception cref="ArgumentException">A cursor this store did not hand out.</exception>
    Task<EventPage> ListEventsAsync(string leadId, string? cursor, int limit, CancellationToken ct = default);
}

public partial interface IRoutingTransaction
{
    /// <summary>Stores events in list order; <paramref name="receivedAt"/> is when the server took them.</summary>
    /// <exception cref="DuplicateKeyException">An event id is taken.</exception>
    Task InsertEventsAsync(IReadOnlyList<LeadEvent> events, Instant receivedAt, CancellationToken ct = default);

    /// <summary>Every event of these leads, by lead, in the order they were stored; a lead without events is left out.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<LeadEvent>>> GetEventsAsync(IReadOnlyCollection<string> leadIds, CancellationToken ct = default);

    /// <exception cref="DuplicateKeyException">The deal id is taken.</exception>
    Task InsertDealAsync(Deal deal, CancellationToken ct = default);

    /// <summary>The stored deals among these ids (unknown ids are left out).</summary>
    Task<IReadOnlyList<Deal>> GetDealsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Writes owner, stage, status, amount, name and times; id, lead, pipeline and creation stay.</summary>
    /// <exception cref="KeyNotFoundException">No deal has this id.</exception>
    Task UpdateDealAsync(Deal deal, CancellationToken ct = default);
}

public sealed record DealQuery
{
    public string? Owner { get; init; }
    public string? LeadId { get; init; }
    public string? Pipeline { get; init; }
    public string? Stage { get; init; }
    /// <summary>open, won or lost.</summary>
    public string? Status { get; init; }
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

public sealed record DealPage(IReadOnlyList<Deal> Items, string? NextCursor);

public sealed record EventPage(IReadOnlyList<LeadEvent> Items, string? NextCursor);
