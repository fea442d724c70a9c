using System.Security.Claims;
using Switchboard.Application.Routing;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Leads;

/// <summary>One page of the lead list, or the refusal of its parameters.</summary>
public sealed record LeadListing(LeadPage? Page, ListRefusal? Refusal);

/// <summary>
/// What the API and the console read of leads: the filtered list a page at a time (keyset cursor), and one lead with
/// everything a person reads on its page. A caller bound to a rep sees its own leads only; another's is not found.
/// </summary>
public sealed class LeadReads(ISwitchboardStore store)
{
    /// <summary>The most tasks a lead page lists.</summary>
    private const int TasksShown = 500;
    public const string CursorRule = "is not a cursor of this list: pass the nextCursor of the previous page with the same sort and filters";

    public async Task<LeadListing> ListAsync(LeadFilter filter, ClaimsPrincipal user, string? cursor, int limit, CancellationToken ct = default)
    {
        var (query, refusal) = filter.Read(user);
        if (refusal is not null) return new(null, refusal);
        try
        {
            return new(await store.ListLeadsAsync(query! with { Cursor = cursor, Limit = limit }, ct), null);
        }
        catch (ArgumentException)
        {
            return new(null, new ListRefusal("cursor", CursorRule));
        }
    }

    /// <summary>
    /// The lead when <paramref name="caller"/> may see it; otherwise whether it exists but is another rep's (the console's
    /// lead page answers that with its 403 page, the API with not found).
    /// </summary>
    public async Task<(Lead? Lead, bool Forbidden)> OpenAsync(string id, Caller caller, CancellationToken ct = default) =>
        await store.GetLeadAsync(id, ct) is not { } lead ? (null, false)
        : caller.MayActOn(lead.OwnerId) ? (lead, false) : (null, true);

    /// <summary>The lead's events, newest first (the latest <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<LeadEvent>> EventsAsync(string leadId, int limit = 100, CancellationToken ct = default) =>
        (await store.ListEventsAsync(leadId, null, limit, ct)).Items;

    /// <summary>The lead's deals.</summary>
    public async Task<IReadOnlyList<Deal>> DealsAsync(string leadId, CancellationToken ct = default) =>
        (await store.ListDealsAsync(new DealQuery { LeadId = leadId, Limit = 100 }, ct)).Items;

    /// <summary>The lead's tasks, done ones too: those its owner has (tasks go to the lead's owner).</summary>
    public async Task<IReadOnlyList<TaskRecord>> TasksAsync(Lead lead, CancellationToken ct = default) =>
        lead.OwnerId is null ? [] : await store.ListTasksAsync(new TaskQuery { Owner = lead.OwnerId, LeadId = lead.Id, IncludeDone = true, Limit = TasksShown }, ct);
}
