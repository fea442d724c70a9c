using Switchboard.Engine.Model;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// Rules out conditions of a list (a trigger's workflows, in order) by a lead's field values before any is
/// evaluated: the alpha network of a Rete engine. A condition whose top level is "all" (or one test) is false
/// when any of its parts is; the parts that read a single field are grouped by field, and what one value of a
/// field rules out is worked out once and kept with that value's shared facts (see <see cref="ValueCache"/>), so
/// a categorical value seen on thousands of leads costs one look-up per field instead of a test per workflow.
/// <para>Screening only ever rules out conditions that are false; the others are evaluated as compiled. Fields
/// whose values do not repeat (email, phone, deal size) are not screened, and not read here; nor is a field whose
/// conditions are all ruled out already.</para>
/// </summary>
internal sealed class ConditionScreen
{
    public static readonly ConditionScreen Empty = new([], 0);

    private readonly ScreenedField[] _fields;

    private ConditionScreen(ScreenedField[] fields, int words)
    {
        _fields = fields;
        Words = words;
    }

    /// <summary>The length of a rule-out mask: one bit per condition.</summary>
    public int Words { get; }

    /// <summary>True when <paramref name="condition"/>'s bit is set in a rule-out mask.</summary>
    public static bool IsRuledOut(ReadOnlySpan<ulong> ruledOut, int condition) => (ruledOut[condition >> 6] & Bit(condition)) != 0;

    /// <summary>Sets <paramref name="condition"/>'s bit in a rule-out mask.</summary>
    public static void MarkRuledOut(Span<ulong> ruledOut, int condition) => ruledOut[condition >> 6] |= Bit(condition);

    private static ulong Bit(int condition) => 1UL << (condition & 63);

    public static ConditionScreen Build(IReadOnlyList<Condition?> conditions, FieldTable fields)
    {
        var parts = new Dictionary<string, List<(int Condition, Func<FieldFacts?, bool> Test)>>(StringComparer.Ordinal);
        for (var i = 0; i < conditions.Count; i++)
        {
            if (conditions[i] is not { } condition) continue;
            foreach (var part in condition.All ?? [condition])
            {
                if (ConditionCompiler.SingleField(part) is not { } field) continue;
                if (!parts.TryGetValue(field, out var list)) parts[field] = list = [];
                list.Add((i, ConditionCompiler.OnField(part)));
            }
        }
        var words = (conditions.Count + 63) / 64;
        // Fields with the most parts first: they rule out most, so later fields often have nothing left to rule out and are not read.
        return new ConditionScreen(
            [.. parts.OrderByDescending(p => p.Value.Count).Select(p => new ScreenedField(fields.Key(p.Key), [.. p.Value], words))],
            words);
    }

    /// <summary>Sets the bit of every condition the lead's field values make false in <paramref name="ruledOut"/> (<see cref="Words"/> long).</summary>
    public void RuleOut(LeadFacts lead, Span<ulong> ruledOut)
    {
        foreach (var field in _fields)
        {
            if (!field.MayRuleOut(ruledOut) || !field.Key.SharesValues) continue;
            ScreenMemo verdict;
            if (!lead.TryGet(field.Key, out var facts)) verdict = field.WhenMissing;
            else if (facts is SharedFacts shared) verdict = field.RuledOutBy(shared);
            else continue;
            ruledOut[0] |= verdict.First; // most screens have at most 64 conditions: no array is read
            for (var w = 1; w < ruledOut.Length; w++) ruledOut[w] |= verdict.RuledOut[w];
        }
    }
}

/// <summary>The parts of a screen's conditions that read one field, and what they rule out.</summary>
internal sealed class ScreenedField
{
    /// <summary>How many screens a shared value remembers before it forgets the oldest (configurations change rarely).</summary>
    private const int Remembered = 4;

    private readonly (int Condition, Func<FieldFacts?, bool> Test)[] _parts;
    private readonly int _words;
    /// <summary>The conditions with a part on this field.</summary>
    private readonly ulong[] _conditions;

    public ScreenedField(FieldKey key, (int Condition, Func<FieldFacts?, bool> Test)[] parts, int words)
    {
        Key = key;
        _parts = parts;
        _words = words;
        WhenMissing = new ScreenMemo(this, Evaluate(null), null);
        _conditions = new ulong[words];
        foreach (var (condition, _) in parts) ConditionScreen.MarkRuledOut(_conditions, condition);
    }

    /// <summary>False when every condition this field has parts of is ruled out already: the field need not be read.</summary>
    public bool MayRuleOut(ReadOnlySpan<ulong> ruledOut)
    {
        for (var w = 0; w < _conditions.Length; w++)
            if ((_conditions[w] & ~ruledOut[w]) != 0) return true;
        return false;
    }

    public FieldKey Key { get; }

    /// <summary>The conditions a missing field rules out.</summary>
    public ScreenMemo WhenMissing { get; }

    /// <summary>The conditions this value rules out: remembered with the shared facts, worked out on first sight.</summary>
    public ScreenMemo RuledOutBy(SharedFacts facts)
    {
        var first = facts.Screens;
        var depth = 0;
        for (var memo = first; memo is not null; memo = memo.Next, depth++)
            if (ReferenceEquals(memo.Field, this)) return memo;
        // Published whole: a racing thread either sees the old list or the new one, both right.
        var made = new ScreenMemo(this, Evaluate(facts), depth < Remembered ? first : first!.Truncated(Remembered - 1));
        facts.Screens = made;
        return made;
    }

    private ulong[] Evaluate(FieldFacts? facts)
    {
        var mask = new ulong[_words];
        foreach (var (condition, test) in _parts)
            if (!test(facts)) ConditionScreen.MarkRuledOut(mask, condition);
        return mask;
    }
}

/// <summary>One screened field's verdict on one shared value, in a short list per value.</summary>
internal sealed record ScreenMemo(ScreenedField Field, ulong[] RuledOut, ScreenMemo? Next)
{
    /// <summary>The first word of <see cref="RuledOut"/>, kept inline.</summary>
    public ulong First { get; } = RuledOut[0];

    /// <summary>The first <paramref name="count"/> entries of the list (a copy; lists are never changed in place).</summary>
    public ScreenMemo? Truncated(int count) => count <= 0 ? null : this with { Next = Next?.Truncated(count - 1) };
}
