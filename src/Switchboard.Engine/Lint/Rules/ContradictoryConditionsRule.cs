using System.Globalization;
using System.Text.Json;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Conditions.Operators;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// contradictory-conditions (error): a workflow whose conditions no lead can meet, so it can never run. Among the
/// parts that must all hold (the root's <c>all</c>, through nested ones), on one field: <c>not_exists</c> beside a
/// test that needs a value; and on a field that holds one value, <c>eq</c>/<c>in</c> with no common value, or numeric
/// bounds (<c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>, <c>between</c>) that leave no number, or none of the equal
/// values inside them. Only certain contradictions are reported: values are compared as the operators compare them.
/// </summary>
internal sealed class ContradictoryConditionsRule : ILintRule
{
    public const string Code = "contradictory-conditions";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var placed in context.Workflows)
        {
            var leaves = ConditionWalk.Conjuncts(placed.Workflow.Conditions, placed.Path + ".conditions")
                .Where(part => part.Part.Field is not null && part.Part.Op is not null);
            foreach (var group in leaves.GroupBy(part => part.Part.Field!, StringComparer.Ordinal))
            {
                if (Contradiction(group.Key, [.. group]) is { } finding)
                {
                    yield return finding;
                    break;
                }
            }
        }
    }

    private static LintFinding? Contradiction(string field, List<(Condition Part, string Path)> leaves)
    {
        if (leaves.FirstOrDefault(l => l.Part.Op == "not_exists") is { Part: not null } missing
            && leaves.FirstOrDefault(l => Registered.Operators.TryGet(l.Part.Op, out var op) && !op.Negated) is { Part: not null } present)
            return Finding(present.Path, $"{field} must be missing ({missing.Path}: not_exists) and also {present.Part.Op} a value");
        return FieldNames.IsSingleValued(field) ? OneValue(field, leaves) : null;
    }

    /// <summary>Equalities and numeric bounds on a field with one value.</summary>
    private static LintFinding? OneValue(string field, List<(Condition Part, string Path)> leaves)
    {
        HashSet<Canonical>? allowed = null;
        var range = new Range();
        foreach (var (leaf, path) in leaves)
        {
            var value = Operand.Present(leaf.Value);
            if (value is null) continue;
            if (leaf.Op is "eq" or "in")
            {
                var values = leaf.Op == "eq" ? [Canonical.Of(value.Value)] : value.Value.EnumerateArray().Select(Canonical.Of).ToHashSet();
                allowed = allowed is null ? [.. values] : [.. allowed.Intersect(values)];
                if (allowed.Count == 0)
                    return Finding(path, $"{field} cannot equal {Shown(value.Value)} and what the other equalities on it allow at once");
            }
            else if (range.Narrow(leaf.Op!, value.Value) && range.Empty)
            {
                return Finding(path, $"{field} cannot be {range} (no number is)");
            }
            if (allowed is not null && range.Bounded && !allowed.Any(range.Admits))
                return Finding(path, $"{field} must equal {string.Join(" or ", allowed)} and be {range}, which none of those is");
        }
        return null;
    }

    private static LintFinding Finding(string path, string why) =>
        LintFinding.Error(Code, path, $"this workflow can never run: {why}");

    private static string Shown(JsonElement value) => value.GetRawText();

    /// <summary>An operand as equality compares it: a number when it reads as one (250, "２５０"), else its normalised text.</summary>
    private sealed record Canonical(double? Number, string Text)
    {
        public static Canonical Of(JsonElement element)
        {
            if (!Operand.TryRead(element, allowBoolean: true, out var operand)) return new(null, element.GetRawText());
            if (operand.Number is { } n) return new(n, operand.Normalized);
            return TextNormalizer.TryParseNumber(operand.Normalized, out var parsed) ? new(parsed, operand.Normalized) : new(null, operand.Normalized);
        }

        public bool Equals(Canonical? other) =>
            other is not null && (Number is { } n ? other.Number == n : other.Number is null && Text == other.Text);

        public override int GetHashCode() => Number is { } n ? n.GetHashCode() : Text.GetHashCode(StringComparison.Ordinal);

        public override string ToString() => Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : $"\"{Text}\"";
    }

    /// <summary>The numbers the bounds seen so far leave.</summary>
    private sealed class Range
    {
        private double _low = double.NegativeInfinity, _high = double.PositiveInfinity;
        private bool _lowOpen = true, _highOpen = true;

        public bool Bounded { get; private set; }

        public bool Empty => _low > _high || (_low == _high && (_lowOpen || _highOpen));

        /// <summary>Applies a numeric operator's bound; false for any other operator.</summary>
        public bool Narrow(string op, JsonElement value)
        {
            switch (op)
            {
                case "gt" or "gte" when Operand.TryReadNumber(value, out var low):
                    Low(low, open: op == "gt");
                    return Bounded = true;
                case "lt" or "lte" when Operand.TryReadNumber(value, out var high):
                    High(high, open: op == "lt");
                    return Bounded = true;
                case "between" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
                                    && Operand.TryReadNumber(value[0], out var from) && Operand.TryReadNumber(value[1], out var to):
                    Low(from, open: false);
                    High(to, open: false);
                    return Bounded = true;
                default:
                    return false;
            }
        }

        public bool Admits(Canonical value) =>
            value.Number is { } n && (n > _low || (n == _low && !_lowOpen)) && (n < _high || (n == _high && !_highOpen));

        private void Low(double value, bool open)
        {
            if (value > _low || (value == _low && open)) (_low, _lowOpen) = (value, open);
        }

        private void High(double value, bool open)
        {
            if (value < _high || (value == _high && open)) (_high, _highOpen) = (value, open);
        }

        public override string ToString()
        {
            var low = double.IsNegativeInfinity(_low) ? "" : $"{(_lowOpen ? ">" : "≥")} {_low.ToString(CultureInfo.InvariantCulture)}";
            var high = double.IsPositiveInfinity(_high) ? "" : $"{(_highOpen ? "<" : "≤")} {_high.ToString(CultureInfo.InvariantCulture)}";
            return string.Join(" and ", new[] { low, high }.Where(s => s.Length > 0));
        }
    }
}
