using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Validation;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Routing;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// Create, read, list, replace, merge-patch and delete for one configuration section. Every change
/// validates the whole configuration and saves it as a new version; errors about the item itself
/// name paths inside the request body.
/// </summary>
public static class ConfigSectionApi
{
    public const long MaxBody = 1024 * 1024;

    public static RouteGroupBuilder MapConfigSection<T>(this IEndpointRouteBuilder app, ConfigSection<T> section, bool mapReads = true) where T : class
    {
        var api = app.MapGroup($"/api/{section.Name}").WithTags(section.Name);
        if (mapReads)
        {
            api.MapGet("/", async (ConfigService configs) => TypedResults.Ok(section.Get((await configs.CurrentAsync()).Source)))
                .RequireAuthorization(Policies.Read);
            api.MapGet("/{id}", async Task<IResult> (string id, ConfigService configs) =>
                    section.Find((await configs.CurrentAsync()).Source, id) is { } item ? TypedResults.Ok(item) : Problems.NotFound($"{section.Name} '{id}' not found"))
                .RequireAuthorization(Policies.Read);
        }
        api.MapPost("/", (HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Create(section, request, user, configs))
            .RequireAuthorization(Policies.Manage).WithRequestSizeLimit(MaxBody);
        api.MapPut("/{id}", (string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Replace(section, id, request, user, configs))
            .RequireAuthorization(Policies.Manage).WithRequestSizeLimit(MaxBody);
        api.MapPatch("/{id}", (string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Patch(section, id, request, user, configs))
            .RequireAuthorization(Policies.Manage).WithRequestSizeLimit(MaxBody);
        api.MapDelete("/{id}", (string id, ClaimsPrincipal user, ConfigService configs) => Delete(section, id, user, configs))
            .RequireAuthorization(Policies.Manage);
        return api;
    }

    private static async Task<IResult> Create<T>(ConfigSection<T> section, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var body = await JsonBody.ReadAsync<T>(request);
        if (body.Problem is not null) return body.Problem;
        var item = body.Value!;
        if (string.IsNullOrEmpty(section.IdOf(item))) item = section.WithId(item, NewId(section.Name));
        var id = section.IdOf(item);
        var exists = false;
        var change = await configs.ChangeAsync(config =>
        {
            var list = section.Get(config);
            exists = list.Any(i => section.IdOf(i) == id);
            return exists ? config : section.Set(config, [.. list, item]);
        }, user.Actor());
        if (exists) return Problems.Conflict($"{section.Name} '{id}' already exists; use PUT to replace it");
        return Answer(section, change, id, created: true);
    }

    private static async Task<IResult> Replace<T>(ConfigSection<T> section, string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var body = await JsonBody.ReadAsync<T>(request);
        if (body.Problem is not null) return body.Problem;
        return await Store(section, id, body.Value!, user, configs);
    }

    private static async Task<IResult> Patch<T>(ConfigSection<T> section, string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var patch = await JsonBody.ReadObjectAsync(request);
        if (patch.Problem is not null) return patch.Problem;
        if (section.Find((await configs.CurrentAsync()).Source, id) is not { } current) return Problems.NotFound($"{section.Name} '{id}' not found");
        var merged = JsonSerializer.SerializeToNode(current, EngineJson.Options)!.AsObject();
        foreach (var (key, value) in patch.Value!) merged[key] = value?.DeepClone();
        var item = JsonBody.Convert<T>(merged);
        return item.Problem ?? await Store(section, id, item.Value!, user, configs);
    }

    private static async Task<IResult> Store<T>(ConfigSection<T> section, string id, T item, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var bodyId = section.IdOf(item);
        if (bodyId.Length > 0 && bodyId != id) return Problems.Invalid("id", $"the body's id '{bodyId}' differs from the path's '{id}'");
        item = section.WithId(item, id);
        var created = false;
        var change = await configs.ChangeAsync(config =>
        {
            var list = section.Get(config);
            var index = list.FindIndex(i => section.IdOf(i) == id);
            created = index < 0;
            return section.Set(config, created ? [.. list, item] : [.. list[..index], item, .. list[(index + 1)..]]);
        }, user.Actor());
        return Answer(section, change, id, created);
    }

    private static async Task<IResult> Delete<T>(ConfigSection<T> section, string id, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var found = false;
        var change = await configs.ChangeAsync(config =>
        {
            var list = section.Get(config);
            found = list.Any(i => section.IdOf(i) == id);
            return section.Set(config, [.. list.Where(i => section.IdOf(i) != id)]);
        }, user.Actor());
        if (!found) return Problems.NotFound($"{section.Name} '{id}' not found");
        if (!change.Ok) return Problems.Conflict($"{section.Name} '{id}' is still referenced; change those first", change.Errors);
        return TypedResults.NoContent();
    }

    private static IResult Answer<T>(ConfigSection<T> section, ConfigChange change, string id, bool created) where T : class
    {
        if (!change.Ok) return Problems.Invalid(Relative(section, change, id));
        var saved = section.Find(change.Saved!.Source, id)!;
        return created ? TypedResults.Created($"/api/{section.Name}/{id}", saved) : TypedResults.Ok(saved);
    }

    /// <summary>Errors inside the changed item are reported relative to the body ("members[0].repId").</summary>
    private static IEnumerable<ValidationError> Relative<T>(ConfigSection<T> section, ConfigChange change, string id) where T : class
    {
        return change.Errors.Select(error =>
        {
            var close = error.Path.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !PathNamesItem(section, change, error.Path[..(close + 1)], id)) return error;
            return error with { Path = error.Path[(close + 1)..].TrimStart('.') is { Length: > 0 } rest ? rest : "$" };
        });
    }

    private static bool PathNamesItem<T>(ConfigSection<T> section, ConfigChange change, string prefix, string id) where T : class =>
        prefix == $"{section.Name}[{IndexOf(section, change, id)}]";

    private static int IndexOf<T>(ConfigSection<T> section, ConfigChange change, string id) where T : class =>
        section.Get(change.Attempted).FindIndex(i => section.IdOf(i) == id);

    private static string NewId(string section) => $"{section.TrimEnd('s')}-{Guid.NewGuid().ToString("N")[..8]}";
}
