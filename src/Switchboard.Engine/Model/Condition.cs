using System.Text.Json;
using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>
/// A condition tree node: exactly one of All, Any, Not, or a leaf (Field + Op [+ Value]).
/// Kept as plain data; <see cref="Conditions.ConditionCompiler"/> turns it into a delegate once.
/// </summary>
[OmitNulls]
public sealed record Condition
{
    public List<Condition>? All { get; init; }
    public List<Condition>? Any { get; init; }
    public Condition? Not { get; init; }
    public string? Field { get; init; }
    public string? Op { get; init; }
    public JsonElement? Value { get; init; }
}
