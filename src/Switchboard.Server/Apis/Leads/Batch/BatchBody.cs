using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>
/// The body of <c>POST /api/leads/batch</c>, spooled (in memory up to <see cref="MemoryThreshold"/>, then a
/// temporary file) and checked once before anything is routed: a JSON array must be well-formed, and
/// there may be at most <see cref="MaxItems"/> items. So a too-large or broken batch creates nothing,
/// and the server still never holds more than one chunk of parsed leads.
/// </summary>
internal sealed record BatchBody(bool IsNdjson, int Count, Stream Stream)
{
    public const int MaxItems = 10_000;
    private const int MemoryThreshold = 1024 * 1024;

    public static bool IsNdjsonType(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/ndjson", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase));

    public static async Task<(BatchBody? Body, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        var ndjson = IsNdjsonType(request.ContentType);
        request.EnableBuffering(MemoryThreshold);
        var count = 0;
        try
        {
            await foreach (var _ in ItemSplitter.For(ndjson).ItemsAsync(request.Body, request.HttpContext.RequestAborted))
                if (++count > MaxItems) return (null, TooMany());
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line ? $" (line {line + 1}, byte {error.BytePositionInLine + 1})" : "";
            return (null, Problems.Invalid("$", "is not valid JSON" + where, "The body is not a valid batch."));
        }
        request.Body.Position = 0;
        return (new BatchBody(ndjson, count, request.Body), null);
    }

    private static ProblemHttpResult TooMany() => TypedResults.Problem(
        $"a batch holds at most {MaxItems} leads; split the import into several requests",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many leads in one batch.",
        extensions: new Dictionary<string, object?> { ["limit"] = MaxItems });
}
