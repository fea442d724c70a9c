using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>Tests one value (by index) of a field; the leaf matches when any value passes.</summary>
internal delegate bool ValueTest(FieldFacts facts, int index);

/// <summary>
/// One leaf operator (registered in <see cref="Registries.Registered.Operators"/>): how its value is checked when a
/// rule is saved and how it compiles. A negated operator compiles its positive counterpart and inverts the result
/// over the whole field, so it also matches a missing field.
/// </summary>
internal sealed record OperatorDefinition(
    string Name,
    bool Negated,
    Action<JsonElement?, string, List<ValidationError>> Check,
    Func<JsonElement?, ValueTest> Build);
