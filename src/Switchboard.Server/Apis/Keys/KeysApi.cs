using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Application;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Keys;

/// <summary>API keys (admin only). The key itself is shown once, in the answer to POST.</summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(Policies.Admin);
        api.MapPost("/", CreateKey);
        api.MapGet("/", ListKeys);
        api.MapDelete("/{id}", DeleteKey);
        return app;
    }

    public static async Task<IResult> CreateKey(HttpRequest request, ISwitchboardStore store, ConfigService configs, IClock clock)
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
        var json = Describe(record);
        json["key"] = key;
        return TypedResults.Created($"/api/keys/{record.Id}", json);
    }

    public static async Task<IResult> ListKeys(ISwitchboardStore store) =>
        TypedResults.Ok(new JsonObject { ["items"] = new JsonArray([.. (await store.ListApiKeysAsync()).Select(k => (JsonNode)Describe(k))]) });

    public static async Task<IResult> DeleteKey(string id, ISwitchboardStore store, ApiKeyCache cache)
    {
        var key = (await store.ListApiKeysAsync()).FirstOrDefault(k => k.Id == id);
        if (key is null || !await store.DeleteApiKeyAsync(id)) return Problems.NotFound($"key '{id}' not found");
        cache.Forget(key.Hash);
        return TypedResults.NoContent();
    }

    private static JsonObject Describe(ApiKeyRecord key) => new()
    {
        ["id"] = key.Id, ["name"] = key.Name, ["role"] = key.Role, ["repId"] = key.RepId, ["createdAt"] = key.CreatedAt.ToString(),
    };

    public sealed record KeyBody(string? Name, string? Role, string? RepId);
}
