using NodaTime;

namespace Switchboard.Storage;

// Intake de-duplication: finding the open lead a submission duplicates, and the idempotency keys of merged requests.
public partial interface IRoutingTransaction
{
    /// <summary>
    /// The open lead (not converted, disqualified or recycled) a new submission duplicates: the newest with the same
    /// external id, else the same email key, else the same phone key (see <see cref="Contacts.ContactKeys"/>); null when none.
    /// </summary>
    Task<string?> FindOpenDuplicateAsync(ContactMatch keys, CancellationToken ct = default);

    /// <summary>
    /// <see cref="FindOpenDuplicateAsync"/> for many submissions in three indexed queries: each match that has a
    /// duplicate maps to the id <see cref="FindOpenDuplicateAsync"/> would give; the others are left out.
    /// </summary>
    Task<IReadOnlyDictionary<ContactMatch, string>> FindOpenDuplicatesAsync(IReadOnlyCollection<ContactMatch> keys, CancellationToken ct = default);

    /// <summary>For many idempotency keys at once: key → the lead created with it, and key → the lead it was merged into.</summary>
    Task<(IReadOnlyDictionary<string, string> Created, IReadOnlyDictionary<string, string> Merged)> FindIdempotencyKeysAsync(
        IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>The lead a request with this idempotency key was merged into, or null.</summary>
    Task<string?> FindMergedLeadIdByIdempotencyKeyAsync(string key, CancellationToken ct = default);

    /// <summary>Records the idempotency keys of merged requests (a taken key fails with <see cref="DuplicateKeyException"/>).</summary>
    Task AddMergeKeysAsync(IReadOnlyList<MergeKey> keys, Instant at, CancellationToken ct = default);
}

/// <summary>What a submission is matched on: its external id and contact keys (null = not matched on).</summary>
public sealed record ContactMatch(string? ExternalId, string? Email, string? Phone)
{
    public bool IsEmpty => ExternalId is null && Email is null && Phone is null;
}

/// <summary>An idempotency key of a request that was merged into <paramref name="LeadId"/>.</summary>
public readonly record struct MergeKey(string IdempotencyKey, string LeadId);
