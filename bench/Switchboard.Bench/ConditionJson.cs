using System.Text.Json.Nodes;

namespace Switchboard.Bench;

/// <summary>Small builders for condition trees and actions as users write them in JSON.</summary>
internal static class ConditionJson
{
    public static JsonObject Leaf(string field, string op, JsonNode? value)
    {
        var leaf = new JsonObject { ["field"] = field, ["op"] = op };
        if (value is not null) leaf["value"] = value;
        return leaf;
    }

    public static JsonObject All(params JsonNode[] parts) => new() { ["all"] = new JsonArray(parts) };

    public static JsonObject Any(params JsonNode[] parts) => new() { ["any"] = new JsonArray(parts) };

    public static JsonObject Not(JsonNode part) => new() { ["not"] = part };

    public static JsonArray Texts(IEnumerable<string> values) => ReferenceReps.Strings(values);

    public static JsonArray Numbers(params double[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    public static JsonObject AssignPool(string pool) => new() { ["type"] = "assign", ["pool"] = pool };

    public static JsonObject AssignRep(string rep) => new() { ["type"] = "assign", ["rep"] = rep };

    public static JsonObject SetStage(string stage) => new() { ["type"] = "set_stage", ["stage"] = stage };

    public static JsonObject SetField(string field, string value) => new() { ["type"] = "set_field", ["field"] = field, ["value"] = value };
}
