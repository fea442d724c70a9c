using NodaTime;

namespace Switchboard.Storage;

public abstract partial class SqlStore
{
    public async Task<IReadOnlyList<string>> ListRingKeysAsync(CancellationToken ct = default) =>
        [.. await QueryAsync<string>("SELECT xml FROM key_ring ORDER BY created_at, name", null, ct)];

    public Task AddRingKeyAsync(string name, string xml, Instant at, CancellationToken ct = default) =>
        ExecuteAsync("INSERT INTO key_ring (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING",
            new { name, xml, at = at.ToUnixTimeTicks() }, ct);
}
