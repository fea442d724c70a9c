using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Keys;

/// <summary>API keys (admin only). The key itself is shown once, in the answer to POST.</summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(Policies.Admin);
        api.MapPost("/", CreateKey).Accepts<KeyBody>("application/json").WithSummary("Create an API key (the key is shown once)");
        api.MapGet("/", ListKeys);
        api.MapDelete("/{id}", DeleteKey).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Created<NewApiKey>, ValidationProblem>> CreateKey(HttpRequest request, ISwitchboardStore store, ConfigService configs, IClock clock)
    {
        var body = await JsonBody.ReadAsync<KeyBody>(request);
        if (body.Problem is not null) return body.Problem;
        var input = body.Value!;
        if (input.Role is null || !ApiKeys.Roles.Contains(input.Role))
            return Problems.Invalid("role", $"must be one of {string.Join(", ", ApiKeys.Roles)}");
        if (input.Role == ApiKeys.Rep)
        {
            if (input.RepId is null) return Problems.Invalid("repId", "a rep key must name the rep it acts as");
            if (!(await configs.CurrentAsync()).Reps.ContainsKey(input.RepId)) return Problems.Invalid("repId", $"unknown rep '{input.RepId}'");
        }
        else if (input.RepId is not null)
        {
            return Problems.Invalid("repId", "only rep keys are bound to a rep");
        }
        var key = ApiKeys.Generate();
        var record = new ApiKeyRecord
        {
            Id = "key-" + Guid.NewGuid().ToString("N")[..12], Name = input.Name ?? input.Role, Hash = ApiKeys.Hash(key),
            Role = input.Role, RepId = input.RepId, CreatedAt = clock.GetCurrentInstant(),
        };
        await store.SaveApiKeyAsync(record);
        return TypedResults.Created($"/api/keys/{record.Id}",
            new NewApiKey(record.Id, record.Name, record.Role, record.RepId, record.CreatedAt.ToString(), key));
    }

    public static async Task<Ok<ItemList<ApiKeyView>>> ListKeys(ISwitchboardStore store) =>
        TypedResults.Ok(new ItemList<ApiKeyView>([.. (await store.ListApiKeysAsync()).Select(Describe)]));

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteKey(string id, ISwitchboardStore store, ApiKeyCache cache)
    {
        var key = (await store.ListApiKeysAsync()).FirstOrDefault(k => k.Id == id);
        if (key is null || !await store.DeleteApiKeyAsync(id)) return Problems.NotFound($"key '{id}' not found");
        cache.Forget(key.Hash);
        return TypedResults.NoContent();
    }

    private static ApiKeyView Describe(ApiKeyRecord key) => new(key.Id, key.Name, key.Role, key.RepId, key.CreatedAt.ToString());

    public sealed record KeyBody(string? Name, string? Role, string? RepId);
}

/// <summary>An API key as listed: never the key itself, which only its creator saw once.</summary>
public sealed record ApiKeyView(string Id, string Name, string Role, string? RepId, string CreatedAt);

/// <summary>The answer to creating a key: the key (<c>key</c>), shown this once.</summary>
public sealed record NewApiKey(string Id, string Name, string Role, string? RepId, string CreatedAt, string Key);
