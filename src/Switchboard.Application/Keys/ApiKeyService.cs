using NodaTime;
using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.Keys;

/// <summary>A key as asked for: its name (the role's name when none or blank), its role, and for a rep key the rep it acts as.</summary>
public sealed record KeyDraft(string? Name, string? Role, string? RepId);

/// <summary>A key just made: the record as stored and the key itself, which nobody can see again.</summary>
public sealed record NewKey(ApiKeyRecord Record, string Key);

/// <summary>The outcome of making a key: the new key, or what was wrong, by field path.</summary>
public sealed record KeyCreation(NewKey? Key, IReadOnlyList<ValidationError> Errors);

/// <summary>API keys for integrations (admin only): made, listed and revoked; a revoked key stops working at once.</summary>
public sealed class ApiKeyService(ISwitchboardStore store, ConfigService configs, ApiKeyCache cache, IClock clock)
{
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct = default) => store.ListApiKeysAsync(ct);

    public async Task<KeyCreation> CreateAsync(KeyDraft draft, CancellationToken ct = default)
    {
        if (await CheckAsync(draft, ct) is { } error) return new KeyCreation(null, [error]);
        var key = ApiKeys.Generate();
        var record = new ApiKeyRecord
        {
            Id = "key-" + Guid.NewGuid().ToString("N")[..12], Name = string.IsNullOrWhiteSpace(draft.Name) ? draft.Role! : draft.Name.Trim(), Hash = ApiKeys.Hash(key),
            Role = draft.Role!, RepId = draft.RepId, CreatedAt = clock.GetCurrentInstant(),
        };
        await store.SaveApiKeyAsync(record, ct);
        return new KeyCreation(new NewKey(record, key), []);
    }

    /// <summary>Removes the key; false when there is none with this id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken ct = default)
    {
        var key = (await store.ListApiKeysAsync(ct)).FirstOrDefault(k => k.Id == id);
        if (key is null || !await store.DeleteApiKeyAsync(id, ct)) return false;
        cache.Forget(key.Hash);
        return true;
    }

    private async Task<ValidationError?> CheckAsync(KeyDraft draft, CancellationToken ct)
    {
        if (draft.Role is null || !ApiKeys.Roles.Contains(draft.Role))
            return new("role", $"must be one of {string.Join(", ", ApiKeys.Roles)}");
        if (draft.Role != ApiKeys.Rep) return draft.RepId is null ? null : new("repId", "only rep keys are bound to a rep");
        if (draft.RepId is null) return new("repId", "a rep key must name the rep it acts as");
        return (await configs.CurrentAsync(ct)).Reps.ContainsKey(draft.RepId) ? null : new("repId", $"unknown rep '{draft.RepId}'");
    }
}
