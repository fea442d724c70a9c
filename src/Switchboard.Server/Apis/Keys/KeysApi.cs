using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.Keys;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
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

    public static async Task<Results<Created<NewApiKey>, ValidationProblem>> CreateKey(HttpRequest request, ApiKeyService keys)
    {
        var body = await JsonBody.ReadAsync<KeyBody>(request);
        if (body.Problem is not null) return body.Problem;
        var input = body.Value!;
        var creation = await keys.CreateAsync(new KeyDraft(input.Name, input.Role, input.RepId), request.HttpContext.RequestAborted);
        if (creation.Key is not { Record: var record, Key: var key }) return Problems.Invalid(creation.Errors);
        return TypedResults.Created($"/api/keys/{record.Id}",
            new NewApiKey(record.Id, record.Name, record.Role, record.RepId, record.CreatedAt.ToString(), key));
    }

    public static async Task<Ok<ItemList<ApiKeyView>>> ListKeys(ApiKeyService keys) =>
        TypedResults.Ok(new ItemList<ApiKeyView>([.. (await keys.ListAsync()).Select(Describe)]));

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteKey(string id, ApiKeyService keys) =>
        await keys.RevokeAsync(id) ? TypedResults.NoContent() : Problems.NotFound($"key '{id}' not found");

    private static ApiKeyView Describe(ApiKeyRecord key) => new(key.Id, key.Name, key.Role, key.RepId, key.CreatedAt.ToString());

    public sealed record KeyBody(string? Name, string? Role, string? RepId);
}

/// <summary>An API key as listed: never the key itself, which only its creator saw once.</summary>
public sealed record ApiKeyView(string Id, string Name, string Role, string? RepId, string CreatedAt);

/// <summary>The answer to creating a key: the key (<c>key</c>), shown this once.</summary>
public sealed record NewApiKey(string Id, string Name, string Role, string? RepId, string CreatedAt, string Key);
