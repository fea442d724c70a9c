using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Switchboard.Server.OpenApi;

/// <summary>
/// The answers every endpoint may give for reasons outside its handler, added to its metadata so the OpenAPI
/// document lists them: 400 (the text rules check every route value, query parameter and Idempotency-Key),
/// 401 and 403 (an endpoint that needs a key), 413 (a body over the endpoint's or the server's limit) and 429 (a rate
/// limit). All are problem+json.
/// </summary>
public static class ApiConventions
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder WithApiConventions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            Add(metadata, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
            if (RequiresKey(metadata))
            {
                Add(metadata, StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
                Add(metadata, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            }
            if (metadata.OfType<IRequestSizeLimitMetadata>().Any() || metadata.OfType<IAcceptsMetadata>().Any()) Add(metadata, StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails));
            if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(metadata, StatusCodes.Status429TooManyRequests, typeof(ProblemDetails));
        });
        return builder;
    }

    /// <summary>True when the endpoint answers only requests with an API key.</summary>
    public static bool RequiresKey(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

    private static void Add(IList<object> metadata, int status, Type problem)
    {
        if (!metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == status))
            metadata.Add(new ProducesResponseTypeMetadata(status, problem, ProblemJson));
    }
}
