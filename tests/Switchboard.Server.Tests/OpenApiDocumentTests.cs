using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Server.OpenApi;

namespace Switchboard.Server.Tests;

/// <summary>
/// The served OpenAPI document (/openapi/v1.json) describes every operation completely: request and response schemas,
/// problems as problem+json, the bearer scheme where a key is needed, and example leads that the server accepts.
/// </summary>
public sealed partial class OpenApiDocumentTests(OpenApiDocumentTests.Served served) : IClassFixture<OpenApiDocumentTests.Served>
{
    /// <summary>Writes that take no body: the path and query say everything.</summary>
    private static readonly HashSet<string> BodylessWrites =
    [
        "POST /api/config/versions/{version}/restore", "POST /api/outbox/{id}/retry", "POST /api/tasks/{id}/done",
        "POST /api/users/{id}/invite", "POST /account/signout",
    ];

    /// <summary>Answers that have no body by nature besides 204: a 202 that points elsewhere, a 303 redirect.</summary>
    private static readonly HashSet<string> BodylessAnswers = ["POST /api/outbox/{id}/retry 202", "POST /f/{formId} 303"];

    [Fact]
    public void every_operation_that_takes_a_body_describes_its_request_schema()
    {
        var missing = served.Operations()
            .Where(op => op.Method is "POST" or "PUT" or "PATCH" && !BodylessWrites.Contains(op.Name))
            .Where(op => op.Node["requestBody"]?["content"]?.AsObject() is not { Count: > 0 } content || content.Any(media => media.Value?["schema"] is null))
            .Select(op => op.Name).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void every_documented_answer_with_a_body_has_a_schema()
    {
        var missing = served.Operations()
            .SelectMany(op => op.Node["responses"]!.AsObject().Select(response => (Name: $"{op.Name} {response.Key}", Response: response.Value!)))
            .Where(answer => !answer.Name.EndsWith(" 204", StringComparison.Ordinal) && !BodylessAnswers.Contains(answer.Name))
            .Where(answer => answer.Response["content"]?.AsObject() is not { Count: > 0 } content || content.Any(media => media.Value?["schema"] is null))
            .Select(answer => answer.Name).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void every_operation_documents_its_problems_as_problem_json()
    {
        Assert.Empty(served.Operations().Where(op => op.Node["responses"]?["400"] is null).Select(op => op.Name));
        var wrong = served.Operations()
            .SelectMany(op => op.Node["responses"]!.AsObject().Select(response => (Name: $"{op.Name} {response.Key}", Status: response.Key, Response: response.Value!)))
            .Where(answer => answer.Status[0] is '4' or '5' && answer.Response["content"]?["text/html"] is null)
            .Where(answer => answer.Response["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>()
                is not ("#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails"))
            .Select(answer => answer.Name).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void every_operation_that_needs_a_key_documents_401_and_the_bearer_requirement()
    {
        var missing = served.Operations()
            .Where(op => served.NeedsKey(op))
            .Where(op => op.Node["responses"]?["401"] is null || op.Node["responses"]?["403"] is null
                || op.Node["security"]?.AsArray().Any(requirement => requirement?[ApiDocument.BearerScheme] is not null) != true)
            .Select(op => op.Name).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void operations_open_to_anyone_are_marked_as_needing_no_key()
    {
        var open = served.Operations().Where(op => !served.NeedsKey(op)).ToList();
        Assert.Contains(open, op => op.Name == "POST /f/{formId}");
        Assert.Contains(open, op => op.Name == "GET /healthz");
        Assert.All(open, op => Assert.Equal("[{}]", op.Node["security"]?.ToJsonString()));
    }

    [Fact]
    public void every_api_endpoint_is_in_the_document()
    {
        var documented = served.Operations().Select(op => op.Name).ToHashSet();
        var missing = served.Endpoints().Keys.Where(name => name.Contains(" /api/", StringComparison.Ordinal) || name.Contains(" /f/", StringComparison.Ordinal))
            .Where(name => !documented.Contains(name)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void the_document_declares_api_keys_as_a_bearer_scheme()
    {
        var scheme = served.Document["components"]?["securitySchemes"]?[ApiDocument.BearerScheme];
        Assert.Equal("http", scheme?["type"]?.GetValue<string>());
        Assert.Equal("bearer", scheme?["scheme"]?.GetValue<string>());
    }

    [Fact]
    public void creating_a_lead_shows_korean_japanese_and_german_examples()
    {
        var examples = served.Document["paths"]!["/api/leads"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject();
        var texts = string.Join("\n", examples.Select(example => example.Value!["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        })));
        Assert.Contains("주식회사", texts);
        Assert.Contains("株式会社", texts);
        Assert.Contains("GmbH", texts);
    }

    [Fact]
    public async Task every_example_lead_is_accepted_as_it_stands()
    {
        var examples = served.Document["paths"]!["/api/leads"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject();
        Assert.NotEmpty(examples);
        foreach (var (name, example) in examples)
        {
            var response = await served.App.Admin().PostJson("/api/leads", example!["value"]!.ToJsonString());
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public void an_open_configuration_document_is_described_as_open_and_a_strict_record_as_strict()
    {
        var schemas = served.Document["components"]!["schemas"]!;
        Assert.NotNull(schemas["RoutingConfig"]!["additionalProperties"]);
        Assert.Equal("false", schemas["Rep"]!["additionalProperties"]?.ToJsonString());
        Assert.NotNull(schemas["CreateLeadRequest"]!["properties"]!["fields"]!["additionalProperties"]);
    }

    public sealed record Operation(string Method, string Path, JsonNode Node)
    {
        public string Name => $"{Method} {Path}";
    }

    /// <summary>One server and its document for all the tests above.</summary>
    public sealed partial class Served : IAsyncLifetime
    {
        public SwitchboardApp App { get; } = new();
        public JsonNode Document { get; private set; } = new JsonObject();

        public async Task InitializeAsync() =>
            Document = JsonNode.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json"))!;

        public async Task DisposeAsync() => await App.DisposeAsync();

        public IEnumerable<Operation> Operations() =>
            Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
                .Select(op => new Operation(op.Key.ToUpperInvariant(), path.Key, op.Value!)));

        /// <summary>The server's endpoints by "METHOD /path" as the document writes paths (no route constraints, no trailing slash).</summary>
        public Dictionary<string, EndpointMetadataCollection> Endpoints()
        {
            var endpoints = new Dictionary<string, EndpointMetadataCollection>();
            foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
            {
                var path = Constraint().Replace(endpoint.RoutePattern.RawText ?? "", "{$1}").TrimEnd('/');
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                    endpoints[$"{method} {(path.StartsWith('/') ? path : "/" + path)}"] = endpoint.Metadata;
            }
            return endpoints;
        }

        public bool NeedsKey(Operation op) => ApiConventions.RequiresKey(Endpoints()[op.Name]);

        [GeneratedRegex(@"\{(\w+)(:[^}]*)\}")]
        private static partial Regex Constraint();
    }
}
