using NodaTime;
using Switchboard.Engine.Intake;

namespace Switchboard.Storage;

// Intake de-duplication: finding the open lead a submission duplicates, and the idempotency keys of merged requests.
public partial interface IRoutingTransaction
{
    /// <summary>
    /// The open leads (not converted, disqualified or recycled) that many submissions duplicate, in three indexed
    /// queries: each match that has a duplicate maps to the newest with the same external id, else the same email key,
    /// else the same phone key (see <see cref="ContactKeys"/>); the others are left out.
    /// </summary>
    Task<IReadOnlyDictionary<ContactMatch, string>> FindOpenDuplicatesAsync(IReadOnlyCollection<ContactMatch> keys, CancellationToken ct = default);

    /// <summary>For many idempotency keys at once: key → the lead created with it, and key → the lead it was merged into.</summary>
    Task<(IReadOnlyDictionary<string, string> Created, IReadOnlyDictionary<string, string> Merged)> FindIdempotencyKeysAsync(
        IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>Records the idempotency keys of merged requests (a taken key fails with <see cref="DuplicateKeyException"/>).</summary>
    Task AddMergeKeysAsync(IReadOnlyList<MergeKey> keys, Instant at, CancellationToken ct = default);
}

/// <summary>An idempotency key of a request that was merged into <paramref name="LeadId"/>.</summary>
public readonly record struct MergeKey(string IdempotencyKey, string LeadId);
