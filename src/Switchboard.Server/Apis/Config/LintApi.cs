using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application;
using Switchboard.Application.Lint;
using Switchboard.Engine.Lint;
using Switchboard.Engine.Model;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// <c>POST /api/config/lint</c>: the lint findings of a draft configuration (<c>{"config":{…}}</c>) or, without one,
/// of the live configuration. Reads only. A draft that does not validate is answered 400 with its paths under
/// <c>config.</c>, as the body reads.
/// </summary>
public static class LintApi
{
    public static RouteGroupBuilder MapLintApi(this RouteGroupBuilder config)
    {
        config.MapPost("/lint", Lint).RequireAuthorization(Policies.Manage).WithRequestSizeLimit(8 * 1024 * 1024)
            .Accepts<LintRequest>("application/json")
            .WithSummary("Lint a draft configuration ({config}), or the live one when the body is empty or has no config")
            .WithDescription("Findings: {severity: error|warning|info, code, path, message, suggestion?}, errors first. Saving refuses new lint errors.");
        return config;
    }

    public static async Task<Results<Ok<LintAnswer>, ValidationProblem>> Lint(HttpRequest request, ConfigService configs, ConfigLintService lint)
    {
        var current = await configs.CurrentAsync();
        var config = current.Source;
        if (HasBody(request))
        {
            var body = await JsonBody.ReadAsync<LintRequest>(request);
            if (body.Problem is not null) return body.Problem;
            if (body.Value!.Config is { } draft)
            {
                var (prepared, errors) = ConfigLintService.Prepare(draft, current.Source);
                if (errors.Count > 0)
                    return Problems.Invalid(errors.Select(e => e with { Path = "config." + e.Path }), "The draft configuration is invalid; it was not linted.");
                config = prepared;
            }
        }
        return TypedResults.Ok(new LintAnswer(await lint.LintAsync(config, request.HttpContext.RequestAborted)));
    }

    /// <summary>False for a request without a body (no Content-Length or 0, and not chunked).</summary>
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
}

/// <summary>The body of POST /api/config/lint: a draft configuration, or none for the live one.</summary>
public sealed record LintRequest(RoutingConfig? Config);

/// <summary>The findings, errors first, then warnings, then information.</summary>
public sealed record LintAnswer(IReadOnlyList<LintFinding> Findings);
