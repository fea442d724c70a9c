using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Config;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Validation;

namespace Switchboard.Engine.Tests.Config;

/// <summary>The sample configuration, and the diff between it and a copy changed in one place.</summary>
internal static class DiffConfigs
{
    public static RoutingConfig Sample(Action<JsonObject>? change = null)
    {
        var document = JsonNode.Parse(SampleConfig.Document)!.AsObject();
        change?.Invoke(document);
        return document.Deserialize<RoutingConfig>(EngineJson.Options)!;
    }

    public static ConfigDiff After(Action<JsonObject> change) => ConfigDiff.Between(Sample(), Sample(change));

    public static JsonArray WorkflowsOf(JsonObject document) => document["workflows"]!.AsArray();

    public static JsonObject Workflow(string id) => new()
    {
        ["id"] = id, ["trigger"] = new JsonObject { ["type"] = "lead.created" }, ["actions"] = new JsonArray(new JsonObject { ["type"] = "assign", ["rep"] = "kim" }),
    };
}
