using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// API keys: only hashes are stored; the caller hashes.
public abstract partial class SqlStore
{
    private const string ApiKeyColumns =
        "id AS Id, name AS Name, hash AS Hash, role AS Role, rep_id AS RepId, created_at AS CreatedAt";

    /// <summary>Inserts, or replaces the key with the same id.</summary>
    /// <exception cref="DuplicateKeyException">Another key already has this hash.</exception>
    public async Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct = default)
    {
        try
        {
            await ExecuteAsync(
                "INSERT INTO api_keys (id, name, hash, role, rep_id, created_at) " +
                "VALUES (@Id, @Name, @Hash, @Role, @RepId, @CreatedAt) " +
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, hash = excluded.hash, role = excluded.role, " +
                "rep_id = excluded.rep_id, created_at = excluded.created_at",
                ApiKeyRow.From(key), ct);
        }
        catch (Exception error) when (IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"an API key with this hash already exists (saving '{key.Id}')", error);
        }
    }

    public async Task<ApiKeyRecord?> FindApiKeyByHashAsync(string hash, CancellationToken ct = default)
    {
        var row = await QuerySingleOrDefaultAsync<ApiKeyRow>($"SELECT {ApiKeyColumns} FROM api_keys WHERE hash = @hash", new { hash }, ct);
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct = default)
    {
        var rows = await QueryAsync<ApiKeyRow>($"SELECT {ApiKeyColumns} FROM api_keys ORDER BY created_at, id", null, ct);
        return rows.Select(row => row.ToRecord()).ToList();
    }

    public async Task<bool> DeleteApiKeyAsync(string id, CancellationToken ct = default) =>
        await ExecuteAsync("DELETE FROM api_keys WHERE id = @id", new { id }, ct) > 0;
}
