using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Config;

/// <summary>The whole configuration as one versioned JSON document, its history, and the settings section.</summary>
public static class ConfigApi
{
    public static IEndpointRouteBuilder MapConfigApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/config").WithTags("Config");
        api.MapGet("/", GetConfig).RequireAuthorization(Policies.Manage);
        api.MapPut("/", ReplaceConfig).RequireAuthorization(Policies.Manage).WithRequestSizeLimit(8 * 1024 * 1024)
            .Accepts<RoutingConfig>("application/json").ProducesConfigWriteProblems()
            .WithSummary("Replace the whole configuration (a document carrying version is refused with 412 unless it is the newest)");
        api.MapGet("/versions", ListVersions).RequireAuthorization(Policies.Manage);
        api.MapGet("/versions/{version:int}", GetVersion).RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapLintApi();
        api.MapShadowApi();
        api.MapPost("/versions/{version:int}/restore", RestoreVersion).RequireAuthorization(Policies.Manage)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesConfigWriteProblems();

        var settings = app.MapGroup("/api/settings").WithTags("Config");
        settings.MapGet("/", GetSettings).RequireAuthorization(Policies.Manage);
        settings.MapPut("/", ReplaceSettings).RequireAuthorization(Policies.Manage).Accepts<Settings>("application/json").ProducesConfigWriteProblems()
            .WithSaveWarnings();
        return app;
    }

    public static async Task<Ok<RoutingConfig>> GetConfig(HttpResponse response, ConfigService configs)
    {
        var current = await configs.CurrentAsync();
        return ConfigRequest.Tagged(response, TypedResults.Ok(ConfigSecrets.Redact(current.Source)), current.Version);
    }

    /// <summary>A document carrying "version" is based on that version (like If-Match): stale unless it is the newest.</summary>
    public static async Task<Results<Ok<RoutingConfig>, ValidationProblem, ProblemHttpResult>> ReplaceConfig(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var body = await JsonBody.ReadObjectAsync(request);
        if (body.Problem is not null) return body.Problem;
        var converted = JsonBody.Convert<RoutingConfig>(SaveWarnings.Strip(body.Value!));
        if (converted.Problem is not null) return converted.Problem;
        var config = converted.Value!;
        if (body.Value!.ContainsKey("version"))
            edit = edit! with { BasedOn = edit.BasedOn is { } tags ? [.. tags.Where(v => v == config.Version)] : [config.Version] };
        var change = await configs.ReplaceAsync(config, edit!);
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        return change.Ok ? Document(response, change) : Problems.Invalid(change.Errors, "The configuration is invalid; nothing was changed.");
    }

    public static async Task<Ok<ItemList<ConfigVersionView>>> ListVersions(ISwitchboardStore store) =>
        TypedResults.Ok(new ItemList<ConfigVersionView>([.. (await store.ListConfigVersionsAsync())
            .Select(v => new ConfigVersionView(v.Version, v.CreatedAt.ToString(), v.Author, v.Note))]));

    public static async Task<Results<Ok<RoutingConfig>, ProblemHttpResult>> GetVersion(int version, ISwitchboardStore store) =>
        await store.GetConfigVersionAsync(version) is { } stored
            ? TypedResults.Ok(ConfigSecrets.Redact(ConfigService.Parse(stored)))
            : Problems.NotFound($"configuration version {version} not found");

    /// <summary>Saves an old version's document as the newest; If-Match names the version being replaced.</summary>
    public static async Task<Results<Ok<RoutingConfig>, ValidationProblem, ProblemHttpResult>> RestoreVersion(
        int version, HttpRequest request, ClaimsPrincipal user, ISwitchboardStore store, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        if (await store.GetConfigVersionAsync(version) is not { } stored) return Problems.NotFound($"configuration version {version} not found");
        var change = await configs.ReplaceAsync(ConfigService.Parse(stored), edit! with { Note = edit.Note ?? $"restore of version {version}" });
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        return change.Ok ? Document(response, change) : Problems.Conflict($"version {version} no longer validates", change.Errors);
    }

    public static async Task<Ok<Settings>> GetSettings(HttpResponse response, ConfigService configs)
    {
        var current = await configs.CurrentAsync();
        return ConfigRequest.Tagged(response, TypedResults.Ok(current.Source.Settings), current.Version);
    }

    public static async Task<Results<Ok<Settings>, ValidationProblem, ProblemHttpResult>> ReplaceSettings(HttpRequest request, ClaimsPrincipal user, ConfigService configs)
    {
        var response = request.HttpContext.Response;
        var (edit, problem) = ConfigRequest.Edit(request, user);
        if (problem is not null) return problem;
        var read = await JsonBody.ReadObjectAsync(request);
        if (read.Problem is not null) return read.Problem;
        var body = JsonBody.Convert<Settings>(SaveWarnings.Strip(read.Value!));
        if (body.Problem is not null) return body.Problem;
        var change = await configs.ChangeAsync(edit!, config => config with { Settings = body.Value! }, config => config.Settings);
        if (ConfigRequest.Failure(response, change) is { } failure) return failure;
        SaveWarnings.Note(request.HttpContext, user, change);
        return change.Ok
            ? ConfigRequest.Tagged(response, TypedResults.Ok(change.Saved!.Source.Settings), change.Saved.Version)
            : Problems.Invalid(change.Errors.Select(e => e with { Path = e.Path.StartsWith("settings.", StringComparison.Ordinal) ? e.Path["settings.".Length..] : e.Path }));
    }

    /// <summary>The answer's member beside the saved document that holds its lint warnings (never saved).</summary>
    public const string WarningsKey = "warnings";

    /// <summary>The saved document, with the lint warnings of the save beside its version as "warnings".</summary>
    private static Ok<RoutingConfig> Document(HttpResponse response, ConfigChange change)
    {
        var saved = ConfigSecrets.Redact(change.Saved!.Source);
        var other = new Dictionary<string, JsonElement>(saved.Other ?? [], StringComparer.Ordinal)
        {
            [WarningsKey] = JsonSerializer.SerializeToElement(change.Warnings, EngineJson.Options),
        };
        return ConfigRequest.Tagged(response, TypedResults.Ok(saved with { Other = other }), change.Saved.Version);
    }
}

/// <summary>One entry of the configuration history: who saved which version when, and why.</summary>
public sealed record ConfigVersionView(int Version, string CreatedAt, string? Author, string? Note);
