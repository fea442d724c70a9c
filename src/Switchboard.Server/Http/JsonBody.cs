using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Switchboard.Engine.Json;

namespace Switchboard.Server.Http;

/// <summary>
/// Reads request bodies ourselves so that every malformed document, wrong type or unknown property
/// becomes a 400 problem naming the JSON path, never a 500.
/// </summary>
public static class JsonBody
{
    /// <summary>Strict options for input: unknown properties are errors (typos in a rule must not pass silently).</summary>
    public static readonly JsonSerializerOptions Strict = new(EngineJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>For JSON documents read as nodes: a repeated property name is a syntax error, not a 500 later.</summary>
    public static readonly JsonDocumentOptions Documents = new() { AllowDuplicateProperties = false };

    public static async Task<BodyResult<T>> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (TooLarge(request) is { } tooLarge) return new(null, tooLarge);
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Strict, request.HttpContext.RequestAborted);
            return value is null ? new(null, Problems.Invalid("$", "the body must be a JSON object")) : new(value, null);
        }
        catch (JsonException error)
        {
            return new(null, Problems.Invalid(PathOf(error), Describe(error), "The body is not valid JSON for this resource."));
        }
    }

    public static async Task<BodyResult<JsonObject>> ReadObjectAsync(HttpRequest request)
    {
        if (TooLarge(request) is { } tooLarge) return new(null, tooLarge);
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, documentOptions: Documents, cancellationToken: request.HttpContext.RequestAborted);
            if (node is not JsonObject obj) return new(null, Problems.Invalid("$", "the body must be a JSON object"));
            return JsonText.FindInvalid(obj) is { } text ? new(null, Problems.Invalid(text.Path.Length == 0 ? "$" : text.Path, text.Message)) : new(obj, null);
        }
        catch (JsonException error)
        {
            return new(null, Problems.Invalid(PathOf(error), Describe(error), "The body is not valid JSON."));
        }
    }

    /// <summary>
    /// A declared Content-Length over the endpoint's limit is refused before reading (Kestrel also
    /// enforces the limit while streaming bodies of unknown length).
    /// </summary>
    private static IResult? TooLarge(HttpRequest request)
    {
        var limit = request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        return request.ContentLength > limit
            ? TypedResults.Problem($"the body has {request.ContentLength} bytes; this endpoint takes at most {limit}",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.")
            : null;
    }

    /// <summary>"$.members[0].weight" → "members[0].weight"; the root stays "$".</summary>
    public static string PathOf(JsonException error) =>
        error.Path is null or "$" ? "$" : error.Path.StartsWith("$.", StringComparison.Ordinal) ? error.Path[2..] : error.Path.TrimStart('$');

    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

public sealed record BodyResult<T>(T? Value, IResult? Problem) where T : class;
