using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Bench;

/// <summary>
/// One pre-parsed lead whose data is reused for every decision on it: <see cref="Fresh"/> puts back the
/// values set_field actions replaced (the very same nodes, no copying) and returns a new, unowned Lead
/// over the data, as if the lead had just arrived.
/// </summary>
internal sealed class LeadSample
{
    private readonly JsonObject _data;
    private readonly (string Key, bool Custom, JsonNode? Original)[] _targets;

    public LeadSample(string id, JsonObject data, IReadOnlyList<string> setFieldTargets)
    {
        Id = id;
        _data = data;
        if (_data["fields"] is not JsonObject) _data["fields"] = new JsonObject();
        _targets = [.. setFieldTargets.Select(path => path.StartsWith("fields.", StringComparison.Ordinal)
            ? (path["fields.".Length..], true, Custom[path["fields.".Length..]])
            : (path, false, _data[path]))];
    }

    public string Id { get; }

    private JsonObject Custom => (JsonObject)_data["fields"]!;

    public Lead Fresh(NodaTime.Instant now)
    {
        foreach (var (key, custom, original) in _targets)
        {
            var container = custom ? Custom : _data;
            if (ReferenceEquals(container[key], original)) continue;
            if (original is null) container.Remove(key);
            else container[key] = original;
        }
        return new Lead { Id = Id, Data = _data, CreatedAt = now, UpdatedAt = now };
    }
}
