using System.Text.Json.Nodes;

namespace Switchboard.Server.OpenApi;

/// <summary>A named example of an endpoint's JSON request body, shown in the OpenAPI document and on /docs.</summary>
public sealed record RequestExample(string Name, string Summary, JsonObject Value);

public static class RequestExamples
{
    public static TBuilder WithRequestExamples<TBuilder>(this TBuilder builder, params RequestExample[] examples) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. examples]);
}
