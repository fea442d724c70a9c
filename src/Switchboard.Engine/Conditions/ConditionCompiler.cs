using Switchboard.Engine.Conditions.Operators;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions;

internal delegate bool CompiledCondition(LeadFacts lead);

/// <summary>
/// Turns a condition tree into one delegate, once per configuration version: operands are normalised
/// and regexes built here, so evaluating a lead is a dictionary look-up and comparisons per leaf.
/// <para>Leaf semantics: a field is missing when it is absent, null, an empty list, or holds only blank
/// (empty or white space) values; blank values of a list are skipped. A leaf of a positive operator
/// matches when any value of the field passes; a negative operator (neq, not_contains, not_in,
/// not_exists) is the negation of its positive one over the whole field, so not_contains is true when
/// no value contains the operand, and a missing field matches only the negative operators.</para>
/// </summary>
internal static class ConditionCompiler
{
    public static readonly CompiledCondition Always = static _ => true;

    /// <summary>
    /// Compiles a condition; null compiles to <see cref="Always"/>. A condition that fails
    /// <see cref="ConditionValidator"/> throws <see cref="ArgumentException"/> naming every error.
    /// </summary>
    /// <param name="fields">The configuration's field numbering, which the leaves' fields join.</param>
    internal static CompiledCondition Compile(Condition? condition, FieldTable fields)
    {
        if (condition is null) return Always;
        var errors = new List<ValidationError>();
        ConditionValidator.Validate(condition, "conditions", errors);
        if (errors.Count > 0)
            throw new ArgumentException(
                "invalid condition: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")),
                nameof(condition));
        var tree = Tree<LeadFacts>(condition, part => OnOneField(part, fields));
        return tree.Invoke;
    }

    /// <summary>
    /// A condition that reads a single field, compiled as a test of that field's facts (null: the field is missing).
    /// <see cref="ConditionScreen"/> keeps its results per shared value.
    /// </summary>
    internal static Func<FieldFacts?, bool> OnField(Condition condition) =>
        Tree<FieldFacts?>(condition, static leaf => leaf.Field is null ? null : Leaf(leaf));

    /// <summary>The one field every leaf of the tree reads; null when it reads several (or none).</summary>
    internal static string? SingleField(Condition condition)
    {
        if (condition.Field is { } field) return field;
        IEnumerable<Condition> parts = condition.All ?? condition.Any ?? (condition.Not is { } not ? [not] : []);
        string? common = null;
        foreach (var part in parts)
        {
            if (SingleField(part) is not { } one || (common is not null && common != one)) return null;
            common = one;
        }
        return common;
    }

    /// <summary>A part of the tree reading one field: the field's facts are looked up once for the whole part.</summary>
    private static Func<LeadFacts, bool>? OnOneField(Condition condition, FieldTable fields)
    {
        if (SingleField(condition) is not { } field) return null;
        var key = fields.Key(field);
        var test = OnField(condition);
        return lead => test(lead.TryGet(key, out var facts) ? facts : null);
    }

    /// <summary>The tree as one delegate: <paramref name="direct"/> compiles the nodes it can (leaves at least), all/any/not combine the rest.</summary>
    private static Func<T, bool> Tree<T>(Condition condition, Func<Condition, Func<T, bool>?> direct)
    {
        if (direct(condition) is { } compiled) return compiled;
        if (condition.All is { } all) return AllOf<T>([.. all.Select(c => Tree(c, direct))]);
        if (condition.Any is { } any) return AnyOf<T>([.. any.Select(c => Tree(c, direct))]);
        var inner = Tree(condition.Not!, direct);
        return x => !inner(x);
    }

    private static Func<T, bool> AllOf<T>(Func<T, bool>[] parts)
    {
        if (parts.Length == 1) return parts[0];
        return x =>
        {
            foreach (var part in parts)
                if (!part(x)) return false;
            return true;
        };
    }

    private static Func<T, bool> AnyOf<T>(Func<T, bool>[] parts)
    {
        if (parts.Length == 1) return parts[0];
        return x =>
        {
            foreach (var part in parts)
                if (part(x)) return true;
            return false;
        };
    }

    /// <summary>
    /// Any non-blank value passing the operator's test gives !negated; no such value (including a
    /// missing field) gives negated.
    /// </summary>
    private static Func<FieldFacts?, bool> Leaf(Condition leaf)
    {
        var op = Registered.Operators.Get(leaf.Op!);
        var test = op.Build(leaf.Value);
        var negated = op.Negated;
        return facts => facts is null ? negated : Test(facts, test, negated);
    }

    private static bool Test(FieldFacts facts, ValueTest test, bool negated)
    {
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
