using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Config;

/// <summary>
/// The write-only values of a configuration document as a diff sees them: every <c>secret</c> (webhook signing
/// secrets) and the <c>url</c> of a Slack notice (whoever holds it can post to the channel). A diff says that one
/// changed and never shows it.
/// </summary>
public static class SecretValues
{
    public const string Placeholder = "********";

    /// <summary>Whether <paramref name="property"/> of <paramref name="owner"/> (the object holding it, in either document) is write-only.</summary>
    public static bool IsSecret(JsonObject? owner, string property) =>
        property == "secret" || (property == "url" && owner?["channel"] is JsonValue channel && channel.TryGetValue(out string? name) && name == Channels.Slack);

    /// <summary>A copy of <paramref name="node"/> with every write-only value inside it replaced by the placeholder.</summary>
    public static JsonNode? Redacted(JsonNode? node)
    {
        var copy = node?.DeepClone();
        Redact(copy);
        return copy;
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                    if (obj[name] is not null && IsSecret(obj, name)) obj[name] = Placeholder;
                    else Redact(obj[name]);
                break;
            case JsonArray array:
                foreach (var item in array) Redact(item);
                break;
        }
    }
}
