using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;

namespace Switchboard.Engine.Config;

/// <summary>
/// A place in a configuration document written two ways: <see cref="Readable"/> names objects of keyed lists by
/// their key (<c>workflows[id=hokkaido].actions[0]</c>), <see cref="Json"/> by position (<c>$.workflows[3].actions[0]</c>).
/// A property name that is not a plain identifier is written in brackets (<c>skills["導入 時期"]</c>).
/// </summary>
public readonly record struct DiffPath(string Readable, string Json)
{
    public static readonly DiffPath Root = new("", "$");

    public DiffPath Property(string name)
    {
        var plain = IsIdentifier(name);
        var readable = plain ? (Readable.Length == 0 ? name : $"{Readable}.{name}") : $"{Readable}[{Quoted(name)}]";
        return new(readable, plain ? $"{Json}.{name}" : $"{Json}[{Quoted(name)}]");
    }

    public DiffPath Index(int index) => new($"{Readable}[{index}]", $"{Json}[{index}]");

    /// <summary>An object of a keyed list: by its key in the readable path, by its position in the JSON path.</summary>
    public DiffPath Keyed(string key, JsonNode value, int index) => new($"{Readable}[{key}={KeyText(value)}]", $"{Json}[{index}]");

    /// <summary>A key as written in a path: as it is when it has only the characters of a configuration id, else quoted.</summary>
    public static string KeyText(JsonNode value) =>
        value is JsonValue v && v.TryGetValue(out string? text) && text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? text
            : value.ToJsonString(EngineJson.Options);

    public override string ToString() => Readable.Length == 0 ? "$" : Readable;

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static string Quoted(string name) => JsonSerializer.Serialize(name, EngineJson.Options);
}
