using System.Buffers;
using System.Text.Json;

namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>
/// Streams the results to the response as they are known, in item order: NDJSON (one result per line)
/// when the request was NDJSON, else one JSON object <c>{"results":[…],"created":n,"merged":n,"replayed":n,"errors":n}</c>.
/// Without <paramref name="showOwner"/> (an intake key's batch) a result names the lead but not its owner.
/// </summary>
internal sealed class BatchResultWriter(HttpResponse response, bool ndjson, JsonSerializerOptions options, bool showOwner)
{
    private readonly Utf8JsonWriter _json = new(response.BodyWriter, new JsonWriterOptions { Encoder = options.Encoder });
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal)
    {
        [BatchResult.Created] = 0, [BatchResult.Merged] = 0, [BatchResult.Replayed] = 0, [BatchResult.Error] = 0,
    };

    public void Start()
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ndjson ? "application/x-ndjson; charset=utf-8" : "application/json; charset=utf-8";
        if (ndjson) return;
        _json.WriteStartObject();
        _json.WriteStartArray("results");
    }

    public void Write(BatchResult result)
    {
        _counts[result.Status]++;
        _json.WriteStartObject();
        _json.WriteNumber("index", result.Index);
        _json.WriteString("status", result.Status);
        _json.WriteString("leadId", result.LeadId);
        if (showOwner) _json.WriteString("ownerId", result.OwnerId);
        if (result.DuplicateOf is not null) _json.WriteString("duplicateOf", result.DuplicateOf);
        if (result.Errors is not null)
        {
            _json.WriteString("title", "The lead is invalid.");
            _json.WriteStartObject("errors");
            foreach (var (path, messages) in result.Errors)
            {
                _json.WriteStartArray(path);
                foreach (var message in messages) _json.WriteStringValue(message);
                _json.WriteEndArray();
            }
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
        if (!ndjson) return;
        _json.Flush();
        response.BodyWriter.Write("\n"u8);
        _json.Reset();
    }

    /// <summary>Sends what is written so far to the client.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        _json.Flush();
        await response.BodyWriter.FlushAsync(ct);
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        if (!ndjson)
        {
            _json.WriteEndArray();
            _json.WriteNumber("created", _counts[BatchResult.Created]);
            _json.WriteNumber("merged", _counts[BatchResult.Merged]);
            _json.WriteNumber("replayed", _counts[BatchResult.Replayed]);
            _json.WriteNumber("errors", _counts[BatchResult.Error]);
            _json.WriteEndObject();
        }
        await FlushAsync(ct);
        await _json.DisposeAsync();
    }
}
