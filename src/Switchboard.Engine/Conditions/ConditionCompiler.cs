using Switchboard.Engine.Conditions.Operators;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions;

public delegate bool CompiledCondition(LeadFacts lead);

/// <summary>
/// Turns a condition tree into one delegate, once per configuration version: operands are normalised
/// and regexes built here, so evaluating a lead is a dictionary look-up and comparisons per leaf.
/// <para>Leaf semantics: a field is missing when it is absent, null, an empty list, or holds only blank
/// (empty or white space) values; blank values of a list are skipped. A leaf of a positive operator
/// matches when any value of the field passes; a negative operator (neq, not_contains, not_in,
/// not_exists) is the negation of its positive one over the whole field, so not_contains is true when
/// no value contains the operand, and a missing field matches only the negative operators.</para>
/// </summary>
public static class ConditionCompiler
{
    public static readonly CompiledCondition Always = static _ => true;

    /// <summary>
    /// Compiles a condition; null compiles to <see cref="Always"/>. A condition that fails
    /// <see cref="ConditionValidator"/> throws <see cref="ArgumentException"/> naming every error.
    /// </summary>
    public static CompiledCondition Compile(Condition? condition)
    {
        if (condition is null) return Always;
        var errors = new List<ValidationError>();
        ConditionValidator.Validate(condition, "conditions", errors);
        if (errors.Count > 0)
            throw new ArgumentException(
                "invalid condition: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")),
                nameof(condition));
        return Build(condition);
    }

    private static CompiledCondition Build(Condition condition)
    {
        if (condition.All is { } all) return AllOf([.. all.Select(Build)]);
        if (condition.Any is { } any) return AnyOf([.. any.Select(Build)]);
        if (condition.Not is { } not)
        {
            var inner = Build(not);
            return lead => !inner(lead);
        }
        OperatorDefinition.TryGet(condition.Op, out var op);
        return Leaf(condition.Field!, op.Build(condition.Value), op.Negated);
    }

    private static CompiledCondition AllOf(CompiledCondition[] parts)
    {
        if (parts.Length == 1) return parts[0];
        return lead =>
        {
            foreach (var part in parts)
                if (!part(lead)) return false;
            return true;
        };
    }

    private static CompiledCondition AnyOf(CompiledCondition[] parts)
    {
        if (parts.Length == 1) return parts[0];
        return lead =>
        {
            foreach (var part in parts)
                if (part(lead)) return true;
            return false;
        };
    }

    /// <summary>
    /// Any non-blank value passing <paramref name="test"/> gives !negated; no such value (including a
    /// missing field) gives negated.
    /// </summary>
    private static CompiledCondition Leaf(string field, ValueTest test, bool negated)
    {
        var key = new FieldKey(field);
        return lead => Test(lead, key, test, negated);
    }

    private static bool Test(LeadFacts lead, in FieldKey key, ValueTest test, bool negated)
    {
        if (!lead.TryGet(key, out var facts)) return negated;
        var values = facts.Normalized;
        var checkBlank = facts.HasBlank;
        for (var i = 0; i < values.Length; i++)
        {
            if (checkBlank && string.IsNullOrWhiteSpace(values[i])) continue;
            if (test(facts, i)) return !negated;
        }
        return negated;
    }
}
