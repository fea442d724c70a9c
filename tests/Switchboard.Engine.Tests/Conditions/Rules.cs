using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Conditions;

/// <summary>Parses condition and lead JSON the way the API receives them and evaluates them.</summary>
internal static class Rules
{
    public static Condition Parse(string conditionJson) =>
        JsonSerializer.Deserialize<Condition>(conditionJson, JsonSerializerOptions.Web)!;

    public static LeadFacts Lead(string leadJson) => LeadFacts.FromData(JsonNode.Parse(leadJson)!.AsObject());

    /// <summary>A lead whose facts keep the fields <paramref name="fields"/> numbered, as an evaluation's do.</summary>
    public static LeadFacts Lead(string leadJson, FieldTable fields) => LeadFacts.FromData(JsonNode.Parse(leadJson)!.AsObject(), fields);

    /// <summary>Compiled as a configuration compiles it: its fields numbered in a table of its own.</summary>
    public static bool Matches(string conditionJson, string leadJson)
    {
        var fields = new FieldTable();
        return ConditionCompiler.Compile(Parse(conditionJson), fields)(Lead(leadJson, fields));
    }

    /// <summary>One leaf; <paramref name="valueJson"/> is raw JSON (null for no value).</summary>
    public static bool Leaf(string field, string op, string? valueJson, string leadJson)
    {
        var value = valueJson is null ? "" : $",\"value\":{valueJson}";
        return Matches($"{{\"field\":{JsonSerializer.Serialize(field)},\"op\":\"{op}\"{value}}}", leadJson);
    }
}
