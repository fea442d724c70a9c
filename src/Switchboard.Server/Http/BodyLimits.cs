using Microsoft.AspNetCore.Mvc;

namespace Switchboard.Server.Http;

public static class BodyLimits
{
    /// <summary>Caps the request body of an endpoint; larger bodies get 413 problem+json.</summary>
    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(bytes));
}
