using System.Text.Json.Nodes;

namespace Switchboard.Engine.Config;

/// <summary>
/// The structured difference of two JSON documents. Objects are compared property by property (a null property and
/// a missing one are the same); a list of objects that all carry a distinct <c>id</c> (or <c>repId</c>, or <c>key</c>)
/// is matched by it, so inserting, removing or moving one object is one difference; other lists of objects are
/// compared by position; a list of plain values is one value. Write-only values (<see cref="SecretValues"/>) are
/// reported as changed, never shown.
/// </summary>
public static class JsonDiff
{
    /// <summary>The properties that key a list of objects, tried in this order.</summary>
    public static readonly string[] KeyNames = ["id", "repId", "key"];

    public static List<ConfigDifference> Compare(JsonNode? before, JsonNode? after)
    {
        var changes = new List<ConfigDifference>();
        Walk(before, after, DiffPath.Root, changes);
        return changes;
    }

    private static void Walk(JsonNode? before, JsonNode? after, DiffPath path, List<ConfigDifference> changes)
    {
        switch (before, after)
        {
            case (null, null):
                return;
            case (null, _):
                changes.Add(Entry(DifferenceKinds.Added, path) with { After = SecretValues.Redacted(after) });
                return;
            case (_, null):
                changes.Add(Entry(DifferenceKinds.Removed, path) with { Before = SecretValues.Redacted(before) });
                return;
            case (JsonObject older, JsonObject newer):
                Objects(older, newer, path, changes);
                return;
            case (JsonArray older, JsonArray newer) when HoldsObjects(older) || HoldsObjects(newer):
                if (KeyOf(older, newer) is { } key) Keyed(older, newer, key, path, changes);
                else Positional(older, newer, path, changes);
                return;
            default:
                if (!JsonNode.DeepEquals(before, after))
                    changes.Add(Entry(DifferenceKinds.Changed, path) with { Before = SecretValues.Redacted(before), After = SecretValues.Redacted(after) });
                return;
        }
    }

    private static void Objects(JsonObject before, JsonObject after, DiffPath path, List<ConfigDifference> changes)
    {
        foreach (var name in before.Select(p => p.Key).Concat(after.Select(p => p.Key)).Distinct())
        {
            var (older, newer) = (before[name], after[name]);
            if (!SecretValues.IsSecret(before, name) && !SecretValues.IsSecret(after, name))
                Walk(older, newer, path.Property(name), changes);
            else if (!JsonNode.DeepEquals(older, newer))
                changes.Add(Entry(older is null ? DifferenceKinds.Added : newer is null ? DifferenceKinds.Removed : DifferenceKinds.Changed,
                    path.Property(name)) with { Secret = true });
        }
    }

    private static void Positional(JsonArray before, JsonArray after, DiffPath path, List<ConfigDifference> changes)
    {
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
            Walk(i < before.Count ? before[i] : null, i < after.Count ? after[i] : null, path.Index(i), changes);
    }

    private static void Keyed(JsonArray before, JsonArray after, string key, DiffPath path, List<ConfigDifference> changes)
    {
        var older = Index(before, key);
        var newer = Index(after, key);
        foreach (var (id, (value, position)) in older)
            if (!newer.ContainsKey(id)) changes.Add(Entry(DifferenceKinds.Removed, path.Keyed(key, value[key]!, position)) with { Before = SecretValues.Redacted(value) });
        foreach (var (id, (value, position)) in newer)
        {
            var place = path.Keyed(key, value[key]!, position);
            if (older.TryGetValue(id, out var old)) Walk(old.Value, value, place, changes);
            else changes.Add(Entry(DifferenceKinds.Added, place) with { After = SecretValues.Redacted(value) });
        }
        var olderOrder = older.Keys.Where(newer.ContainsKey).ToList();
        var newerOrder = newer.Keys.Where(older.ContainsKey).ToList();
        if (!olderOrder.SequenceEqual(newerOrder))
            changes.Add(Entry(DifferenceKinds.Reordered, path) with { Before = KeysOf(older, olderOrder, key), After = KeysOf(newer, newerOrder, key) });
    }

    /// <summary>The objects of a keyed list by their key's JSON text, in list order, with their positions.</summary>
    private static Dictionary<string, (JsonObject Value, int Position)> Index(JsonArray list, string key) =>
        list.Select((item, i) => (Value: (JsonObject)item!, Position: i)).ToDictionary(e => e.Value[key]!.ToJsonString());

    private static JsonArray KeysOf(Dictionary<string, (JsonObject Value, int Position)> index, List<string> order, string key) =>
        [.. order.Select(id => index[id].Value[key]!.DeepClone())];

    private static bool HoldsObjects(JsonArray list) => list.Any(item => item is JsonObject);

    /// <summary>The key every object of both lists carries with a distinct plain value within its list, or null.</summary>
    private static string? KeyOf(JsonArray before, JsonArray after) =>
        KeyNames.FirstOrDefault(key => IsKeyed(before, key) && IsKeyed(after, key));

    private static bool IsKeyed(JsonArray list, string key)
    {
        var seen = new HashSet<string>();
        return list.All(item => item is JsonObject obj && obj[key] is JsonValue value && value.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number
            && seen.Add(value.ToJsonString()));
    }

    private static ConfigDifference Entry(string kind, DiffPath path) => new() { Kind = kind, Path = path.ToString(), JsonPath = path.Json };
}
