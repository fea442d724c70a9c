using System.Collections.Concurrent;
using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Application.Keys;

/// <summary>
/// The API keys recently found in the store, by hash, each for <see cref="Lifetime"/> (so a key changed in
/// the store by another server is seen soon). Only keys that exist are remembered, so a storm of invented
/// tokens cannot grow it, and it never holds more than its capacity: when full, expired entries go first,
/// then the ones closest to expiring.
/// </summary>
public sealed class ApiKeyCache(IClock clock, int capacity = ApiKeyCache.DefaultCapacity)
{
    public const int DefaultCapacity = 1_024;
    public static readonly Duration Lifetime = Duration.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Key, Instant Until)> _keys = new(StringComparer.Ordinal);

    public int Count => _keys.Count;

    public ApiKeyRecord? Find(string hash)
    {
        if (!_keys.TryGetValue(hash, out var entry)) return null;
        if (entry.Until > clock.GetCurrentInstant()) return entry.Key;
        _keys.TryRemove(KeyValuePair.Create(hash, entry));
        return null;
    }

    public void Remember(string hash, ApiKeyRecord key)
    {
        var now = clock.GetCurrentInstant();
        if (_keys.Count >= capacity && !_keys.ContainsKey(hash)) MakeRoom(now);
        _keys[hash] = (key, now + Lifetime);
    }

    /// <summary>A revoked key stops working at once.</summary>
    public void Forget(string hash) => _keys.TryRemove(hash, out _);

    private void MakeRoom(Instant now)
    {
        foreach (var (hash, entry) in _keys)
            if (entry.Until <= now) _keys.TryRemove(hash, out _);
        foreach (var (hash, _) in _keys.OrderBy(e => e.Value.Until).Take(_keys.Count - capacity + 1))
            _keys.TryRemove(hash, out _);
    }
}
