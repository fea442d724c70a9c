using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;

namespace Switchboard.Storage.Rows;

/// <summary>JSON text in and out of the database, always with the product conventions (EngineJson.Options).</summary>
internal static class StoredJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, EngineJson.Options);

    public static string Write(JsonNode node) => node.ToJsonString(EngineJson.Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, EngineJson.Options)
        ?? throw new InvalidDataException($"stored JSON for {typeof(T).Name} is null");

    public static JsonObject ReadObject(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("stored JSON (lead data or payload) is not an object");
}
