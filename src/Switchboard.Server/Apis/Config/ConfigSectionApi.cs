using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Json;
using Switchboard.Engine.Validation;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// Create, read, list, replace, merge-patch and delete for one configuration section. Every change
/// validates the whole configuration and saves it as a new version (a refused change saves none);
/// errors about the item itself name paths inside the request body. Answers carry the configuration
/// version as ETag; If-Match on a write is stale only when the item (for POST: the section) changed since.
/// </summary>
public static class ConfigSectionApi
{
    public const long MaxBody = 1024 * 1024;

    public static RouteGroupBuilder MapConfigSection<T>(this IEndpointRouteBuilder app, ConfigSection<T> section, bool mapReads = true) where T : class
    {
        var api = app.MapGroup($"/api/{section.Name}").WithTags(char.ToUpperInvariant(section.Name[0]) + section.Name[1..]).WithSaveWarnings();
        var readers = section.VisibleToRep is null ? Policies.Manage : Policies.Read;
        var selfWriters = section.SelfFields.Count > 0 ? Policies.Read : Policies.Manage;
        if (mapReads)
        {
            api.MapGet("/", (HttpResponse response, ClaimsPrincipal user, ConfigService configs) => List(section, response, user, configs)).RequireAuthorization(readers);
            api.MapGet("/{id}", (string id, HttpResponse response, ClaimsPrincipal user, ConfigService configs) => Read(section, id, response, user, configs))
                .RequireAuthorization(readers).ProducesProblem(StatusCodes.Status404NotFound);
        }
        api.MapPost("/", (HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Create(section, request, user, configs))
            .RequireAuthorization(Policies.Manage).WithRequestSizeLimit(MaxBody).Accepts<T>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesConfigWriteProblems();
        api.MapPut("/{id}", (string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Replace(section, id, request, user, configs))
            .RequireAuthorization(selfWriters).WithRequestSizeLimit(MaxBody).Accepts<T>("application/json").ProducesConfigWriteProblems();
        api.MapPatch("/{id}", (string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Patch(section, id, request, user, configs))
            .RequireAuthorization(selfWriters).WithRequestSizeLimit(MaxBody).Accepts<T>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesConfigWriteProblems()
            .WithDescription("A JSON merge of the body's top-level fields into the current item.");
        api.MapDelete("/{id}", (string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) => Delete(section, id, request, user, configs))
            .RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesConfigWriteProblems();
        return api;
    }

    public static async Task<Ok<List<T>>> List<T>(ConfigSection<T> section, HttpResponse response, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var current = await configs.CurrentAsync();
        var items = section.Get(current.Source).Where(item => Visible(section, item, user)).Select(section.Shown).ToList();
        return ConfigRequest.Tagged(response, TypedResults.Ok(items), current.Version);
    }

    public static async Task<Results<Ok<T>, ProblemHttpResult>> Read<T>(ConfigSection<T> section, string id, HttpResponse response, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var current = await configs.CurrentAsync();
        return section.Find(current.Source, id) is { } item && Visible(section, item, user)
            ? ConfigRequest.Tagged(response, TypedResults.Ok(section.Shown(item)), current.Version)
            : Problems.NotFound($"{section.Name} '{id}' not found");
    }

    public static bool Visible<T>(ConfigSection<T> section, T item, ClaimsPrincipal user) where T : class =>
        user.RestrictedToRep() is not { } self || section.VisibleToRep?.Invoke(item, self) == true;

    private static async Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>> Create<T>(ConfigSection<T> section, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await ReadItemAsync<T>(request);
        if (body.Problem is not null) return body.Problem;
        var item = body.Value!;
        if (string.IsNullOrEmpty(section.IdOf(item))) item = section.WithId(item, NewId(section.Name));
        var id = section.IdOf(item);
        var exists = false;
        var change = await configs.ChangeAsync(edit!, config =>
        {
            var list = section.Get(config);
            exists = list.Any(i => section.IdOf(i) == id);
            return exists ? null : section.Set(config, [.. list, item]);
        }, section.Get);
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        if (exists) return Problems.Conflict($"{section.Name} '{id}' already exists; use PUT to replace it");
        if (!change.Ok) return Problems.Invalid(Relative(section, change, id));
        SaveWarnings.Note(request.HttpContext, user, change, $"/api/{section.Name}/{id}");
        return ConfigRequest.Tagged(response, TypedResults.Created($"/api/{section.Name}/{id}", Saved(section, change, id)), change.Saved!.Version);
    }

    private static async Task<Results<Ok<T>, Created<T>, ValidationProblem, ProblemHttpResult>> Replace<T>(ConfigSection<T> section, string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        if (NotOwnRecord(section, id, user) is { } forbidden) return forbidden;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await ReadItemAsync<T>(request);
        if (body.Problem is not null) return body.Problem;
        var bodyId = section.IdOf(body.Value!);
        if (bodyId.Length > 0 && bodyId != id) return Problems.Invalid("id", $"the body's id '{bodyId}' differs from the path's '{id}'");
        var result = await Upsert(section, id, request.HttpContext.Response, user, edit!, configs, _ => new Built<T>(body.Value));
        return await AfterWriteAsync(section, id, null, request, result);
    }

    /// <summary>JSON merge of the body's top-level fields into the current item, done on the newest configuration.</summary>
    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Patch<T>(ConfigSection<T> section, string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        if (NotOwnRecord(section, id, user) is { } forbidden) return forbidden;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var patch = await JsonBody.ReadObjectAsync(request);
        if (patch.Problem is not null) return patch.Problem;
        SaveWarnings.Strip(patch.Value!);
        if (patch.Value!["id"] is { } bodyId && bodyId.ToJsonString() != JsonSerializer.Serialize(id))
            return Problems.Invalid("id", $"the body's id differs from the path's '{id}'");
        var result = await Upsert(section, id, request.HttpContext.Response, user, edit!, configs, current =>
        {
            if (current is null) return new Built<T>(null, Refused: Problems.NotFound($"{section.Name} '{id}' not found"));
            var merged = JsonSerializer.SerializeToNode(current, EngineJson.Options)!.AsObject();
            foreach (var (key, value) in patch.Value!) merged[key] = value?.DeepClone();
            var item = JsonBody.Convert<T>(merged);
            return new Built<T>(item.Value, item.Problem);
        });
        // A PATCH never creates (an unknown id is refused above), so the answer is never a 201.
        return (await AfterWriteAsync(section, id, patch.Value, request, result)).Result switch
        {
            Ok<T> ok => ok,
            ValidationProblem invalid => invalid,
            var refused => (ProblemHttpResult)refused,
        };
    }

    /// <summary>Runs the section's <see cref="ConfigSection{T}.Written"/> after a PUT or PATCH that succeeded.</summary>
    private static async Task<Results<Ok<T>, Created<T>, ValidationProblem, ProblemHttpResult>> AfterWriteAsync<T>(
        ConfigSection<T> section, string id, JsonObject? patch, HttpRequest request, Results<Ok<T>, Created<T>, ValidationProblem, ProblemHttpResult> result) where T : class
    {
        var saved = result.Result switch { Ok<T> ok => ok.Value, Created<T> created => created.Value, _ => null };
        if (section.Written is { } written && saved is not null) await written(request.HttpContext.RequestServices, id, saved, patch);
        return result;
    }

    /// <summary>The item a PUT or PATCH makes of the current one, or why it makes none (a 400, or a 403/404).</summary>
    private sealed record Built<T>(T? Item, ValidationProblem? Invalid = null, ProblemHttpResult? Refused = null);

    /// <summary>Puts the item <paramref name="build"/> makes from the current one (null: none yet) or answers its refusal.</summary>
    private static async Task<Results<Ok<T>, Created<T>, ValidationProblem, ProblemHttpResult>> Upsert<T>(ConfigSection<T> section, string id, HttpResponse response,
        ClaimsPrincipal user, ConfigEdit edit, ConfigService configs, Func<T?, Built<T>> build) where T : class
    {
        Built<T>? refusal = null;
        var created = false;
        var change = await configs.ChangeAsync(edit, config =>
        {
            var list = section.Get(config);
            var index = list.FindIndex(i => section.IdOf(i) == id);
            var current = index < 0 ? null : list[index];
            var built = build(current);
            if (built.Invalid is null && built.Refused is null && SelfService.Forbidden(section, user, current, built.Item!) is { } forbidden)
                built = built with { Refused = forbidden };
            refusal = built.Invalid is null && built.Refused is null ? null : built;
            if (refusal is not null) return null;
            var item = section.WithId(built.Item!, id);
            created = index < 0;
            return section.Set(config, created ? [.. list, item] : [.. list[..index], item, .. list[(index + 1)..]]);
        }, config => section.Find(config, id));
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        if (refusal?.Invalid is { } invalid) return invalid;
        if (refusal?.Refused is { } refused) return refused;
        if (!change.Ok) return Problems.Invalid(Relative(section, change, id));
        SaveWarnings.Note(response.HttpContext, user, change, created ? $"/api/{section.Name}/{id}" : null);
        var saved = Saved(section, change, id);
        return created
            ? ConfigRequest.Tagged(response, TypedResults.Created($"/api/{section.Name}/{id}", saved), change.Saved!.Version)
            : ConfigRequest.Tagged(response, TypedResults.Ok(saved), change.Saved!.Version);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete<T>(ConfigSection<T> section, string id, HttpRequest request, ClaimsPrincipal user, ConfigService configs) where T : class
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var found = false;
        var change = await configs.ChangeAsync(edit!, config =>
        {
            var list = section.Get(config);
            found = list.Any(i => section.IdOf(i) == id);
            return found ? section.Set(config, [.. list.Where(i => section.IdOf(i) != id)]) : null;
        }, config => section.Find(config, id));
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        if (!found) return Problems.NotFound($"{section.Name} '{id}' not found");
        if (!change.Ok) return Problems.Conflict($"{section.Name} '{id}' is still referenced; change those first", change.Errors);
        return ConfigRequest.Tagged(response, TypedResults.NoContent(), change.Saved!.Version);
    }

    /// <summary>An item's body, without the "warnings" an answer sent back as it came still has.</summary>
    private static async Task<BodyResult<T>> ReadItemAsync<T>(HttpRequest request) where T : class
    {
        var body = await JsonBody.ReadObjectAsync(request);
        return body.Problem is not null ? new(null, body.Problem) : JsonBody.Convert<T>(SaveWarnings.Strip(body.Value!));
    }

    private static ProblemHttpResult? NotOwnRecord<T>(ConfigSection<T> section, string id, ClaimsPrincipal user) where T : class =>
        user.RestrictedToRep() is { } self && (section.SelfFields.Count == 0 || self != id)
            ? Problems.Forbidden($"a rep key may change only its own {section.Name} record")
            : null;

    /// <summary>The item as saved, as a read shows it.</summary>
    private static T Saved<T>(ConfigSection<T> section, ConfigChange change, string id) where T : class =>
        section.Shown(section.Find(change.Saved!.Source, id)!);

    /// <summary>Errors inside the changed item are reported relative to the body ("members[0].repId").</summary>
    private static IEnumerable<ValidationError> Relative<T>(ConfigSection<T> section, ConfigChange change, string id) where T : class =>
        change.ErrorsInside($"{section.Name}[{section.Get(change.Attempted).FindIndex(i => section.IdOf(i) == id)}]");

    private static string NewId(string section) => $"{section.TrimEnd('s')}-{Guid.NewGuid().ToString("N")[..8]}";
}
