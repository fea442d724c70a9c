using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Json;

namespace Switchboard.Server.Http;

/// <summary>
/// Reads request bodies ourselves so that every malformed document, bad text, wrong type or unknown property
/// becomes a 400 problem naming the JSON path, never a 500. Every body passes <see cref="JsonText"/> first.
/// </summary>
public static class JsonBody
{
    /// <summary>Strict options for input: unknown properties are errors (typos in a rule must not pass silently).</summary>
    public static readonly JsonSerializerOptions Strict = new(EngineJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static async Task<BodyResult<T>> ReadAsync<T>(HttpRequest request) where T : class
    {
        var node = await ReadNodeAsync(request);
        return node.Problem is not null ? new(null, node.Problem) : Convert<T>(node.Value);
    }

    public static async Task<BodyResult<JsonObject>> ReadObjectAsync(HttpRequest request)
    {
        var node = await ReadNodeAsync(request);
        if (node.Problem is not null) return new(null, node.Problem);
        return node.Value is JsonObject obj ? new(obj, null) : new(null, Problems.Invalid("$", "the body must be a JSON object"));
    }

    /// <summary>A checked document as <typeparamref name="T"/>, or a problem saying in plain words where it does not fit.</summary>
    public static BodyResult<T> Convert<T>(JsonNode? node) where T : class
    {
        try
        {
            return node.Deserialize<T>(Strict) is { } value ? new(value, null) : new(null, Problems.Invalid("$", "the body must not be null"));
        }
        catch (JsonException error)
        {
            var described = JsonErrors.Describe(error, node, typeof(T), Strict);
            return new(null, Problems.Invalid(described.Path, described.Message, "The body is not valid JSON for this resource."));
        }
    }

    /// <summary>The body as a document that passed <see cref="JsonText.FindInvalid"/>.</summary>
    private static async Task<BodyResult<JsonNode>> ReadNodeAsync(HttpRequest request)
    {
        RefuseTooLarge(request);
        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        catch (IOException) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // Kestrel refuses a malformed chunked body (a chunk size that overflows, say) with an IOException.
            return new(null, Problems.Invalid("$", "could not be read: the chunked transfer encoding is malformed", "The request could not be read."));
        }
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (JsonText.FindInvalid(bytes.Span) is { } invalid) return new(null, Problems.Invalid(invalid.Path, invalid.Message));
        return JsonNode.Parse(bytes.Span) is { } node ? new(node, null) : new(null, Problems.Invalid("$", "the body must not be null"));
    }

    /// <summary>
    /// A declared Content-Length over the endpoint's limit is refused before reading, the way Kestrel refuses a
    /// body of unknown length that grows past it: <see cref="ErrorHandling"/> answers both with the same 413 problem.
    /// </summary>
    private static void RefuseTooLarge(HttpRequest request)
    {
        var limit = request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (request.ContentLength > limit)
            throw new BadHttpRequestException($"the body has {request.ContentLength} bytes; this endpoint takes at most {limit}", StatusCodes.Status413PayloadTooLarge);
    }
}

/// <summary>A body read as <typeparamref name="T"/>, or the 400 problem saying where it does not fit.</summary>
public sealed record BodyResult<T>(T? Value, ValidationProblem? Problem) where T : class;
