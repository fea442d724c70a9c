namespace Switchboard.Server.Http;

/// <summary>Where a forward-only JSON reader stands, as a path ("members[0].weight", "$" for the document), with the names seen in each open object.</summary>
internal sealed class JsonPathBuilder
{
    private sealed class Level(bool isObject)
    {
        public bool IsObject { get; } = isObject;
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
        public string? Name { get; set; }
        public int Index { get; set; } = -1;
    }

    private readonly List<Level> _levels = [];

    public void Open(bool isObject) => _levels.Add(new Level(isObject));

    public void Close() => _levels.RemoveAt(_levels.Count - 1);

    /// <summary>A value starts: in an array it is the next item.</summary>
    public void EnterValue()
    {
        if (_levels.Count > 0 && !_levels[^1].IsObject) _levels[^1].Index++;
    }

    /// <summary>A property name in the innermost object (null while it cannot be read); false when that object already had it.</summary>
    public bool Name(string? name)
    {
        _levels[^1].Name = name;
        return name is null || _levels[^1].Names.Add(name);
    }

    public override string ToString()
    {
        var path = new System.Text.StringBuilder();
        foreach (var level in _levels)
        {
            if (level.IsObject && level.Name is { } name) path.Append(path.Length == 0 ? "" : ".").Append(name);
            else if (!level.IsObject && level.Index >= 0) path.Append('[').Append(level.Index).Append(']');
        }
        return path.Length == 0 ? "$" : path.ToString();
    }
}
