using NodaTime;
using NodaTime.Testing;
using Switchboard.Application.Keys;
using Switchboard.Storage;

namespace Switchboard.Server.Tests;

public sealed class ApiKeyCacheTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 5, 9, 0);

    private static ApiKeyRecord Key(string id) => new() { Id = id, Name = id, Role = "admin", Hash = "h" + id };

    [Fact]
    public void the_cache_never_holds_more_keys_than_its_capacity()
    {
        var clock = new FakeClock(Start);
        var cache = new ApiKeyCache(clock, capacity: 8);
        for (var i = 0; i < 1_000; i++)
        {
            clock.Advance(Duration.FromMilliseconds(1));
            cache.Remember("h" + i, Key(i.ToString()));
        }
        Assert.Equal(8, cache.Count);
        Assert.NotNull(cache.Find("h999"));
    }

    [Fact]
    public void a_cached_key_is_looked_up_again_after_its_lifetime()
    {
        var clock = new FakeClock(Start);
        var cache = new ApiKeyCache(clock);
        cache.Remember("h1", Key("1"));
        clock.Advance(ApiKeyCache.Lifetime - Duration.FromSeconds(1));
        Assert.NotNull(cache.Find("h1"));
        clock.Advance(Duration.FromSeconds(1));
        Assert.Null(cache.Find("h1"));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void a_forgotten_key_is_gone_at_once()
    {
        var cache = new ApiKeyCache(new FakeClock(Start));
        cache.Remember("h1", Key("1"));
        cache.Forget("h1");
        Assert.Null(cache.Find("h1"));
    }
}
