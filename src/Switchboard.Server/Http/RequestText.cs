using Microsoft.Extensions.Primitives;

namespace Switchboard.Server.Http;

/// <summary>
/// Route values, query parameters and the Idempotency-Key header follow <see cref="TextRules"/> before any
/// endpoint sees them (they end up in queries and rows on both databases): a 400 naming the parameter.
/// </summary>
public static class RequestText
{
    /// <summary>Longest route value or query parameter (ids, cursors, searches).</summary>
    public const int MaxParameter = 1_000;

    public const int MaxIdempotencyKey = 200;

    public static IApplicationBuilder UseRequestTextRules(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var routeValues = request.RouteValues.Select(r => KeyValuePair.Create(r.Key, new StringValues(r.Value as string)));
        var idempotency = request.Headers.TryGetValue("Idempotency-Key", out var key)
            ? TextRules.FindInvalid([KeyValuePair.Create("Idempotency-Key", key)], MaxIdempotencyKey)
            : null;
        var problem = TextRules.FindInvalid(routeValues, MaxParameter) ?? TextRules.FindInvalid(request.Query, MaxParameter) ?? idempotency;
        if (problem is null) await next(context);
        else await Problems.Invalid(problem.Path, problem.Message).ExecuteAsync(context);
    });
}
