using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Config;

/// <summary>
/// The difference between two configurations, from <see cref="From"/> to <see cref="To"/> (version numbers; 0 for a
/// document that is no stored version, such as a local file). Both are written in the product's JSON shape first, so
/// a value left at its default and the default written out are the same; the version itself is no difference.
/// </summary>
public sealed record ConfigDiff(int From, int To, DiffSummary Summary, IReadOnlyList<ConfigDifference> Changes)
{
    public static ConfigDiff Between(RoutingConfig before, RoutingConfig after)
    {
        var changes = JsonDiff.Compare(Document(before), Document(after));
        return new(before.Version, after.Version, DiffSummary.Of(changes), changes);
    }

    /// <summary>The configuration as the JSON document the API answers, without its version.</summary>
    public static JsonObject Document(RoutingConfig config)
    {
        var document = JsonSerializer.SerializeToNode(config, EngineJson.Options)!.AsObject();
        document.Remove("version");
        return document;
    }
}
