using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Switchboard.Engine.Json;
using Switchboard.Storage;

namespace Switchboard.Application.Live;

/// <summary>
/// Notes as notification payloads between processes: <c>{"origin":"…","updates":[…]}</c>, as many payloads as it takes
/// to keep each within <see cref="Notifications.MaxPayloadBytes"/> (a group commit of hundreds of leads sends several).
/// </summary>
public static class LiveWire
{
    /// <summary>The product's JSON conventions, without the members a note leaves empty.</summary>
    private static readonly JsonSerializerOptions Json = new(EngineJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>One note as JSON (also the data of a Server-Sent Event).</summary>
    public static string ToJson(LiveUpdate update) => JsonSerializer.Serialize(update, Json);

    public static IReadOnlyList<string> Encode(string origin, IReadOnlyList<LiveUpdate> updates)
    {
        var head = $$"""{"origin":{{JsonSerializer.Serialize(origin)}},"updates":[""";
        const string tail = "]}";
        var room = Notifications.MaxPayloadBytes - Encoding.UTF8.GetByteCount(head) - tail.Length;
        var payloads = new List<string>();
        var batch = new StringBuilder();
        var bytes = 0;
        foreach (var update in updates)
        {
            var note = ToJson(update);
            var size = Encoding.UTF8.GetByteCount(note) + 1;
            if (size > room) (note, size) = ("""{"kind":"resync"}""", 18);
            if (bytes + size > room) Flush();
            if (bytes > 0) batch.Append(',');
            batch.Append(note);
            bytes += size;
        }
        if (bytes > 0) Flush();
        return payloads;

        void Flush()
        {
            payloads.Add(head + batch + tail);
            batch.Clear();
            bytes = 0;
        }
    }

    /// <summary>The sender and its notes.</summary>
    /// <exception cref="JsonException">Not a payload <see cref="Encode"/> made.</exception>
    public static (string Origin, IReadOnlyList<LiveUpdate> Updates) Decode(string payload)
    {
        var wire = JsonSerializer.Deserialize<Payload>(payload, Json) ?? throw new JsonException("an empty live update payload");
        return (wire.Origin, wire.Updates);
    }

    private sealed record Payload(string Origin, List<LiveUpdate> Updates);
}
