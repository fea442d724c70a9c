using Dapper;
using NodaTime;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// Intake de-duplication reads and the merge idempotency keys.
internal sealed partial class SqlRoutingTransaction
{
    public Task<string?> FindOpenDuplicateAsync(ContactMatch keys, CancellationToken ct = default)
    {
        if (keys.IsEmpty) return Task.FromResult<string?>(null);
        return Read(() => session.Connection.QuerySingleOrDefaultAsync<string?>(Command(LeadSql.FindOpenDuplicate, keys, ct)));
    }

    public Task<string?> FindMergedLeadIdByIdempotencyKeyAsync(string key, CancellationToken ct = default) =>
        Read(() => session.Connection.QuerySingleOrDefaultAsync<string?>(Command(LeadSql.FindMergeKey, new { key }, ct)));

    /// <exception cref="DuplicateKeyException">A key is taken.</exception>
    public Task AddMergeKeysAsync(IReadOnlyList<MergeKey> keys, Instant at, CancellationToken ct = default) => Write(async () =>
    {
        try
        {
            foreach (var batch in BatchSql.Build("INSERT INTO merge_keys (idempotency_key, lead_id, created_at)", "", keys,
                         key => [key.IdempotencyKey, key.LeadId, at.ToUnixTimeTicks()]))
                await session.Connection.ExecuteAsync(Command(batch.Sql, batch.Parameters, ct));
        }
        catch (Exception error) when (store.IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"one of {keys.Count} merge idempotency keys is taken", error);
        }
    });
}
