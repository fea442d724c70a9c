using System.Security.Claims;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Server.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Config;

/// <summary>The whole configuration as one versioned JSON document, and the settings section.</summary>
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
        settings.MapGet("/", async (ConfigService configs) => TypedResults.Ok((await configs.CurrentAsync()).Source.Settings))
            .RequireAuthorization(Policies.Manage);
        settings.MapPut("/", ReplaceSettings).RequireAuthorization(Policies.Manage);
        return app;
    }

    public static async Task<IResult> GetConfig(ConfigService configs) =>
        TypedResults.Ok((await configs.CurrentAsync()).Source);

    public static async Task<IResult> ReplaceConfig(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var body = await JsonBody.ReadAsync<RoutingConfig>(request);
        if (body.Problem is not null) return body.Problem;
        var change = await configs.ReplaceAsync(body.Value!, user.Actor());
        return change.Ok ? TypedResults.Ok(change.Saved!.Source) : Problems.Invalid(change.Errors, "The configuration is invalid; nothing was changed.");
    }

    public static async Task<IResult> ListVersions(ISwitchboardStore store) =>
        TypedResults.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. (await store.ListConfigVersionsAsync()).Select(v => (JsonNode)new JsonObject
            {
                ["version"] = v.Version, ["createdAt"] = v.CreatedAt.ToString(), ["author"] = v.Author,
            })]),
        });

    public static async Task<IResult> GetVersion(int version, ISwitchboardStore store) =>
        await store.GetConfigVersionAsync(version) is { } stored
            ? TypedResults.Ok(ConfigService.Parse(stored))
            : Problems.NotFound($"configuration version {version} not found");

    public static async Task<IResult> RestoreVersion(int version, ClaimsPrincipal user, ISwitchboardStore store, ConfigService configs)
    {
        if (await store.GetConfigVersionAsync(version) is not { } stored) return Problems.NotFound($"configuration version {version} not found");
        var change = await configs.ReplaceAsync(ConfigService.Parse(stored), user.Actor());
        return change.Ok ? TypedResults.Ok(change.Saved!.Source) : Problems.Conflict($"version {version} no longer validates", change.Errors);
    }

    public static async Task<IResult> ReplaceSettings(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var body = await JsonBody.ReadAsync<Settings>(request);
        if (body.Problem is not null) return body.Problem;
        var change = await configs.ChangeAsync(config => config with { Settings = body.Value! }, user.Actor());
        return change.Ok
            ? TypedResults.Ok(change.Saved!.Source.Settings)
            : Problems.Invalid(change.Errors.Select(e => e with { Path = e.Path.StartsWith("settings.", StringComparison.Ordinal) ? e.Path["settings.".Length..] : e.Path }));
    }
}
