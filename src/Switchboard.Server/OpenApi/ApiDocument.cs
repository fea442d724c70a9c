using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Switchboard.Server.OpenApi;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, shown by <c>/docs</c>): the bearer scheme of API keys, which operations
/// need it (the others are marked anonymous with an empty requirement), request examples, and instants as date-time strings.
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddSwitchboardOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Switchboard";
            document.Info.Description = "Lead routing API. Send an API key as `Authorization: Bearer <key>`; errors are RFC 7807 problems "
                + "(`application/problem+json`) whose `errors` name the JSON path of each mistake.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "API key",
                Description = "An API key created with POST /api/keys (or the admin key the server started with).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var requirement = new OpenApiSecurityRequirement();
            if (ApiConventions.RequiresKey(metadata)) requirement[new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [];
            operation.Security = [requirement];
            AddExamples(operation, metadata.OfType<RequestExample>());
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var info = context.JsonTypeInfo;
            if (info.Type == typeof(Instant) || info.Type == typeof(Instant?))
            {
                schema.Type = JsonSchemaType.String;
                schema.Format = "date-time";
            }
            else if (info.Kind == JsonTypeInfoKind.Object && context.JsonPropertyInfo is null)
            {
                // Bodies are read strictly (an unknown property is a 400) unless the type keeps what it does not know.
                schema.AdditionalPropertiesAllowed = info.Properties.Any(p => p.IsExtensionData);
                schema.AdditionalProperties = schema.AdditionalPropertiesAllowed ? new OpenApiSchema() : null;
            }
            else if (info.Kind == JsonTypeInfoKind.Dictionary)
            {
                // Open maps (custom fields) take values of any kind; say so rather than leave it unsaid.
                schema.AdditionalProperties ??= new OpenApiSchema();
            }
            return Task.CompletedTask;
        });
    });

    private static void AddExamples(OpenApiOperation operation, IEnumerable<RequestExample> examples)
    {
        if (operation.RequestBody?.Content is not { } content || !content.TryGetValue("application/json", out var media)) return;
        foreach (var example in examples)
        {
            media.Examples ??= new Dictionary<string, IOpenApiExample>();
            media.Examples[example.Name] = new OpenApiExample { Summary = example.Summary, Value = example.Value.DeepClone() };
        }
    }
}
