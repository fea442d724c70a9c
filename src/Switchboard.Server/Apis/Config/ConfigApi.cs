using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Application;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Config;

/// <summary>The whole configuration as one versioned JSON document, its history, and the settings section.</summary>
public static class ConfigApi
{
    public static IEndpointRouteBuilder MapConfigApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/config").WithTags("Config");
        api.MapGet("/", GetConfig).RequireAuthorization(Policies.Manage);
        api.MapPut("/", ReplaceConfig).RequireAuthorization(Policies.Manage).WithRequestSizeLimit(8 * 1024 * 1024);
        api.MapGet("/versions", ListVersions).RequireAuthorization(Policies.Manage);
        api.MapGet("/versions/{version:int}", GetVersion).RequireAuthorization(Policies.Manage);
        api.MapPost("/versions/{version:int}/restore", RestoreVersion).RequireAuthorization(Policies.Manage);

        var settings = app.MapGroup("/api/settings").WithTags("Config");
        settings.MapGet("/", GetSettings).RequireAuthorization(Policies.Manage);
        settings.MapPut("/", ReplaceSettings).RequireAuthorization(Policies.Manage);
        return app;
    }

    public static async Task<IResult> GetConfig(HttpResponse response, ConfigService configs)
    {
        var current = await configs.CurrentAsync();
        return ConfigRequest.Tagged(response, TypedResults.Ok(ConfigSecrets.Redact(current.Source)), current.Version);
    }

    /// <summary>A document carrying "version" is based on that version (like If-Match): stale unless it is the newest.</summary>
    public static async Task<IResult> ReplaceConfig(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var converted = JsonBody.Convert<RoutingConfig>(body.Value);
        if (converted.Problem is not null) return converted.Problem;
        var config = converted.Value!;
        if (body.Value!.ContainsKey("version"))
            edit = edit! with { BasedOn = edit.BasedOn is { } tags ? [.. tags.Where(v => v == config.Version)] : [config.Version] };
        var change = await configs.ReplaceAsync(config, edit!);
        return ConfigRequest.Failure(response, change)
            ?? (change.Ok ? Document(response, change) : Problems.Invalid(change.Errors, "The configuration is invalid; nothing was changed."));
    }

    public static async Task<IResult> ListVersions(ISwitchboardStore store) =>
        TypedResults.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. (await store.ListConfigVersionsAsync()).Select(v => (JsonNode)new JsonObject
            {
                ["version"] = v.Version, ["createdAt"] = v.CreatedAt.ToString(), ["author"] = v.Author, ["note"] = v.Note,
            })]),
        });

    public static async Task<IResult> GetVersion(int version, ISwitchboardStore store) =>
        await store.GetConfigVersionAsync(version) is { } stored
            ? TypedResults.Ok(ConfigSecrets.Redact(ConfigService.Parse(stored)))
            : Problems.NotFound($"configuration version {version} not found");

    /// <summary>Saves an old version's document as the newest; If-Match names the version being replaced.</summary>
    public static async Task<IResult> RestoreVersion(int version, HttpRequest request, ClaimsPrincipal user, ISwitchboardStore store, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        if (await store.GetConfigVersionAsync(version) is not { } stored) return Problems.NotFound($"configuration version {version} not found");
        var change = await configs.ReplaceAsync(ConfigService.Parse(stored), edit! with { Note = edit.Note ?? $"restore of version {version}" });
        return ConfigRequest.Failure(response, change)
            ?? (change.Ok ? Document(response, change) : Problems.Conflict($"version {version} no longer validates", change.Errors));
    }

    public static async Task<IResult> GetSettings(HttpResponse response, ConfigService configs)
    {
        var current = await configs.CurrentAsync();
        return ConfigRequest.Tagged(response, TypedResults.Ok(current.Source.Settings), current.Version);
    }

    public static async Task<IResult> ReplaceSettings(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await JsonBody.ReadAsync<Settings>(request);
        if (body.Problem is not null) return body.Problem;
        var change = await configs.ChangeAsync(edit!, config => config with { Settings = body.Value! }, config => config.Settings);
        return ConfigRequest.Failure(response, change) ?? (change.Ok
            ? ConfigRequest.Tagged(response, TypedResults.Ok(change.Saved!.Source.Settings), change.Saved.Version)
            : Problems.Invalid(change.Errors.Select(e => e with { Path = e.Path.StartsWith("settings.", StringComparison.Ordinal) ? e.Path["settings.".Length..] : e.Path })));
    }

    private static IResult Document(HttpResponse response, ConfigChange change) =>
        ConfigRequest.Tagged(response, TypedResults.Ok(ConfigSecrets.Redact(change.Saved!.Source)), change.Saved.Version);
}
