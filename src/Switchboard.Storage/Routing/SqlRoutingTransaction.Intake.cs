using Dapper;
using Switchboard.Engine.Intake;
using NodaTime;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// Intake de-duplication reads and the merge idempotency keys.
internal sealed partial class SqlRoutingTransaction
{
    public Task<IReadOnlyDictionary<ContactMatch, string>> FindOpenDuplicatesAsync(IReadOnlyCollection<ContactMatch> keys, CancellationToken ct = default) =>
        Read(async () =>
        {
            var found = new Dictionary<ContactMatch, string>();
            var wanted = keys.Where(k => !k.IsEmpty).Distinct().ToList();
            if (wanted.Count == 0) return (IReadOnlyDictionary<ContactMatch, string>)found;
            var args = new
            {
                externalIds = store.ListParameter(wanted.Select(k => k.ExternalId).OfType<string>().Distinct()),
                emails = store.ListParameter(wanted.Select(k => k.Email).OfType<string>().Distinct()),
                phones = store.ListParameter(wanted.Select(k => k.Phone).OfType<string>().Distinct()),
            };
            var rows = (await session.Connection.QueryAsync<DuplicateRow>(
                Command(LeadSql.FindOpenDuplicates(store.KeyedRowsSql), args, ct))).ToList();
            foreach (var key in wanted)
                if (DuplicateRow.Best(rows, key) is { } id) found[key] = id;
            return found;
        });

    public Task<(IReadOnlyDictionary<string, string> Created, IReadOnlyDictionary<string, string> Merged)> FindIdempotencyKeysAsync(
        IReadOnlyCollection<string> keys, CancellationToken ct = default) => Read(async () =>
    {
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
            foreach (var row in await session.Connection.QueryAsync<KeyRow>(
                         Command(LeadSql.FindIdempotencyKeys(store.KeyedRowsSql), new { keys = store.ListParameter(chunk) }, ct)))
                (row.Merged == 0 ? created : merged)[row.IdempotencyKey] = row.LeadId;
        return ((IReadOnlyDictionary<string, string>)created, (IReadOnlyDictionary<string, string>)merged);
    });

    private sealed class KeyRow
    {
        public string IdempotencyKey { get; set; } = "";
        public string LeadId { get; set; } = "";
        public long Merged { get; set; }
    }

    /// <summary>An open lead found by <see cref="FindOpenDuplicatesAsync"/>.</summary>
    private sealed class DuplicateRow
    {
        public string Id { get; set; } = "";
        public long Seq { get; set; }
        public string? ExternalId { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }

        /// <summary>The open duplicate of one submission's keys: the newest by external id, else by email, else by phone.</summary>
        public static string? Best(List<DuplicateRow> rows, ContactMatch key) =>
            Newest(rows, r => key.ExternalId is not null && r.ExternalId == key.ExternalId)
            ?? Newest(rows, r => key.Email is not null && r.Email == key.Email)
            ?? Newest(rows, r => key.Phone is not null && r.Phone == key.Phone);

        private static string? Newest(List<DuplicateRow> rows, Func<DuplicateRow, bool> match) =>
            rows.Where(match).MaxBy(r => r.Seq)?.Id;
    }

    /// <exception cref="DuplicateKeyException">A key is taken.</exception>
    public Task AddMergeKeysAsync(IReadOnlyList<MergeKey> keys, Instant at, CancellationToken ct = default) => Write(async () =>
    {
        try
        {
            await ExecuteValuesAsync("INSERT INTO merge_keys (idempotency_key, lead_id, created_at)", "", keys,
                key => [key.IdempotencyKey, key.LeadId, at.ToUnixTimeTicks()], ct);
        }
        catch (Exception error) when (store.IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"one of {keys.Count} merge idempotency keys is taken", error);
        }
    });
}
