using System.Text.Json.Nodes;

namespace Switchboard.Engine.Intake;

/// <summary>
/// PATCH semantics of a lead's data: each property given replaces the stored one (null removes it); custom fields
/// under "fields" are merged by name the same way, so a PATCH naming one custom field leaves the others alone.
/// </summary>
internal static class LeadPatch
{
    /// <summary>Applies <paramref name="patch"/> to <paramref name="data"/>; returns the names that really changed ("company", "fields.予算").</summary>
    public static List<string> Apply(JsonObject data, JsonObject patch)
    {
        var changed = new List<string>();
        foreach (var (key, value) in patch)
        {
            if (key == "fields" && value is JsonObject custom)
            {
                if (data["fields"] is not JsonObject target) data["fields"] = target = new JsonObject();
                foreach (var (customKey, customValue) in custom)
                    if (Set(target, customKey, customValue)) changed.Add("fields." + customKey);
                continue;
            }
            if (Set(data, key, value)) changed.Add(key);
        }
        return changed;
    }

    private static bool Set(JsonObject target, string key, JsonNode? value)
    {
        if (JsonNode.DeepEquals(target[key], value)) return false;
        if (value is null) target.Remove(key);
        else target[key] = value.DeepClone();
        return true;
    }
}
