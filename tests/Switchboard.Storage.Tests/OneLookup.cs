using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

/// <summary>
/// One-item look-ups for tests that ask about one lead, key or deal, made of the routing transaction's batched
/// reads (the only ones the server has), so the tests exercise exactly the queries the write path runs.
/// </summary>
internal static class OneLookup
{
    public static async Task<Lead?> GetLeadAsync(this IRoutingTransaction tx, string id) =>
        (await tx.GetLeadsAsync([id])).SingleOrDefault();

    public static async Task<string?> FindOpenDuplicateAsync(this IRoutingTransaction tx, ContactMatch keys) =>
        (await tx.FindOpenDuplicatesAsync([keys])).GetValueOrDefault(keys);

    /// <summary>The newest open lead with this external id.</summary>
    public static Task<string?> FindLeadIdByExternalIdAsync(this IRoutingTransaction tx, string externalId) =>
        tx.FindOpenDuplicateAsync(new ContactMatch(externalId, null, null));

    public static async Task<string?> FindLeadIdByIdempotencyKeyAsync(this IRoutingTransaction tx, string key) =>
        (await tx.FindIdempotencyKeysAsync([key])).Created.GetValueOrDefault(key);

    public static async Task<string?> FindMergedLeadIdByIdempotencyKeyAsync(this IRoutingTransaction tx, string key) =>
        (await tx.FindIdempotencyKeysAsync([key])).Merged.GetValueOrDefault(key);

    public static async Task<IReadOnlyList<LeadEvent>> GetEventsAsync(this IRoutingTransaction tx, string leadId) =>
        (await tx.GetEventsAsync([leadId])).GetValueOrDefault(leadId) ?? [];

    public static async Task<Deal?> GetDealAsync(this IRoutingTransaction tx, string id) =>
        (await tx.GetDealsAsync([id])).SingleOrDefault();
}
