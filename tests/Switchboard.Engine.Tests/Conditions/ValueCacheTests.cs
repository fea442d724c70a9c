using Switchboard.Engine.Conditions;
using Xunit;

namespace Switchboard.Engine.Tests.Conditions;

public sealed class ValueCacheTests
{
    private const string Field = "fields.prefecture";

    /// <summary>One compiled configuration's field numbering, reading <see cref="Field"/>.</summary>
    private readonly FieldTable _fields = Reading(Field);

    private static FieldTable Reading(string field)
    {
        var fields = new FieldTable();
        fields.Key(field);
        return fields;
    }

    private FieldFacts FactsOf(string field, string valueJson) => FactsOf(_fields, field, valueJson);

    private static FieldFacts FactsOf(FieldTable fields, string field, string valueJson)
    {
        var lead = Rules.Lead($$$"""{"fields":{"{{{field["fields.".Length..]}}}":{{{valueJson}}}}}""", fields);
        Assert.True(lead.TryGet(fields.Key(field), out var facts));
        return facts;
    }

    [Fact]
    public void a_repeated_value_hands_the_next_lead_the_same_facts()
    {
        var field = Field;

        var first = FactsOf(field, "\"北海道\"");
        var second = FactsOf(field, "\"北海道\"");

        Assert.Same(first, second);
    }

    [Fact]
    public void different_values_never_share_facts()
    {
        var field = Field;

        var tokyo = FactsOf(field, "\"東京都\"");
        var osaka = FactsOf(field, "\"大阪府\"");

        Assert.Equal("東京都", Assert.Single(tokyo.Raw));
        Assert.Equal("大阪府", Assert.Single(osaka.Raw));
    }

    [Fact]
    public void values_alike_up_to_their_last_byte_keep_their_own_facts()
    {
        var field = Field;
        var values = Enumerable.Range(0, 2000).Select(i => $"札幌市中央区{i:D4}").ToList(); // 24 bytes, differing at the end

        foreach (var value in values)
        {
            var facts = FactsOf(field, $"\"{value}\"");
            Assert.Same(facts, FactsOf(field, $"\"{value}\""));
            Assert.Equal(value, Assert.Single(facts.Raw));
        }
        // 2,000 values in a table of 1,024: many evicted each other; every look-up still finds its own value.
        foreach (var value in values) Assert.Equal(value, Assert.Single(FactsOf(field, $"\"{value}\"").Raw));
    }

    [Fact]
    public void a_value_too_long_to_share_is_read_afresh_for_each_lead()
    {
        var field = Field;
        var value = string.Concat(Enumerable.Repeat("北海道", 10)); // 90 bytes of UTF-8

        var first = FactsOf(field, $"\"{value}\"");
        var second = FactsOf(field, $"\"{value}\"");

        Assert.NotSame(first, second);
        Assert.IsNotType<SharedFacts>(first);
        Assert.Equal(value, Assert.Single(second.Raw));
    }

    [Fact]
    public void a_field_whose_values_never_repeat_stops_caching()
    {
        var field = Field;
        for (var i = 0; i < 600; i++) FactsOf(field, $"\"user{i}@example.kr\"");

        var first = FactsOf(field, "\"same@example.kr\"");
        var second = FactsOf(field, "\"same@example.kr\"");

        Assert.NotSame(first, second);
        Assert.Equal(first.Normalized, second.Normalized);
    }

    [Fact]
    public void cached_values_match_exactly_as_fresh_ones()
    {
        var fields = new FieldTable();
        var condition = ConditionCompiler.Compile(Rules.Parse("""{"field":"fields.employees_band","op":"contains","value":"100-999人"}"""), fields);
        var values = new[] { "１００-９９９人", "10-99人", "100-999人", "", " " };

        var results = Enumerable.Range(0, 200)
            .Select(i => values[i % values.Length])
            .Select(v => condition(Rules.Lead($$$"""{"fields":{"employees_band":"{{{v}}}"}}""", fields)))
            .ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i % values.Length is 0 or 2), results);
    }

    [Fact]
    public void each_compiled_configuration_keeps_its_own_cache()
    {
        var other = Reading(Field);

        var first = FactsOf(Field, "\"北海道\"");
        var second = FactsOf(other, Field, "\"北海道\"");

        Assert.NotSame(first, second);
        Assert.Same(second, FactsOf(other, Field, "\"北海道\""));
    }

    [Fact]
    public void facts_made_without_a_configuration_share_nothing()
    {
        var first = Rules.Lead("""{"region":"北海道"}""");
        var second = Rules.Lead("""{"region":"北海道"}""");

        Assert.True(first.TryGet("region", out var facts));
        Assert.True(second.TryGet("region", out var again));
        Assert.NotSame(facts, again);
    }
}
