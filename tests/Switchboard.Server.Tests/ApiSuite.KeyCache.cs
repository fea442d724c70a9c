using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Application.Keys;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task unknown_bearer_tokens_are_not_remembered()
    {
        await using var app = await StartAsync();
        for (var i = 0; i < 50; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithKey($"sb_invented_{i}").GetAsync("/api/leads")).StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<ApiKeyCache>().Count);
    }

    [StoreFact]
    public async Task a_deleted_key_stops_working_at_once_though_it_was_cached()
    {
        await using var app = await StartAsync();
        var created = await (await app.Admin().PostJson("/api/keys", """{"name":"tmp","role":"admin"}""")).Json();
        var client = app.WithKey(created.Str("key")!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/leads")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Admin().DeleteAsync($"/api/keys/{created.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/leads")).StatusCode);
    }
}
