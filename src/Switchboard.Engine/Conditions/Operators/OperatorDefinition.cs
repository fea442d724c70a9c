using System.Text.Json;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>Tests one value (by index) of a field; the leaf matches when any value passes.</summary>
internal delegate bool ValueTest(FieldFacts facts, int index);

/// <summary>
/// One leaf operator: how its value is checked when a rule is saved and how it compiles.
/// A negated operator compiles its positive counterpart and inverts the result over the whole field,
/// so it also matches a missing field.
/// </summary>
internal sealed record OperatorDefinition(
    string Name,
    bool Negated,
    Action<JsonElement?, string, List<ValidationError>> Check,
    Func<JsonElement?, ValueTest> Build)
{
    private static readonly Dictionary<string, OperatorDefinition> Table = Create();

    public static bool TryGet(string? op, out OperatorDefinition definition)
    {
        if (op is not null && Table.TryGetValue(op, out definition!)) return true;
        definition = null!;
        return false;
    }

    private static Dictionary<string, OperatorDefinition> Create()
    {
        OperatorDefinition[] all =
        [
            new(ConditionOperators.Eq, false, EqualityOperators.CheckScalar, EqualityOperators.BuildEqual),
            new(ConditionOperators.Neq, true, EqualityOperators.CheckScalar, EqualityOperators.BuildEqual),
            new(ConditionOperators.In, false, EqualityOperators.CheckList, EqualityOperators.BuildIn),
            new(ConditionOperators.NotIn, true, EqualityOperators.CheckList, EqualityOperators.BuildIn),
            new(ConditionOperators.Contains, false, TextOperators.Check, TextOperators.BuildContains),
            new(ConditionOperators.NotContains, true, TextOperators.Check, TextOperators.BuildContains),
            new(ConditionOperators.StartsWith, false, TextOperators.Check, TextOperators.BuildStartsWith),
            new(ConditionOperators.EndsWith, false, TextOperators.Check, TextOperators.BuildEndsWith),
            new(ConditionOperators.Gt, false, NumericOperators.CheckNumber, NumericOperators.BuildGt),
            new(ConditionOperators.Gte, false, NumericOperators.CheckNumber, NumericOperators.BuildGte),
            new(ConditionOperators.Lt, false, NumericOperators.CheckNumber, NumericOperators.BuildLt),
            new(ConditionOperators.Lte, false, NumericOperators.CheckNumber, NumericOperators.BuildLte),
            new(ConditionOperators.Between, false, NumericOperators.CheckRange, NumericOperators.BuildBetween),
            new(ConditionOperators.Exists, false, PresenceOperator.Check, PresenceOperator.Build),
            new(ConditionOperators.NotExists, true, PresenceOperator.Check, PresenceOperator.Build),
            new(ConditionOperators.Regex, false, PatternOperator.Check, PatternOperator.Build),
        ];
        return all.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }
}
