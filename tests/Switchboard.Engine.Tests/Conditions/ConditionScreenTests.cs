using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;
using Xunit;

namespace Switchboard.Engine.Tests.Conditions;

public sealed class ConditionScreenTests
{
    private static readonly string[] Ops = ["eq", "neq", "in", "not_in", "contains", "not_contains", "starts_with", "gte", "lt", "between", "exists", "not_exists", "regex"];
    private static readonly string[] Texts = ["東京都", "北海道", "서울특별시", "Bayern", "ＪＰ", "jp", "100-999人", "250", " ", ""];

    /// <summary>The field numbering of the configuration under test, shared by its screens and leads.</summary>
    private readonly FieldTable _fields = new();

    private static string[] Fields(int count) => [.. Enumerable.Range(0, count).Select(i => $"fields.screen_{i}")];

    private ConditionScreen Build(params Condition[] conditions) => ConditionScreen.Build(conditions, _fields);

    private static bool RuledOut(ulong[] mask, int index) => ConditionScreen.IsRuledOut(mask, index);

    private static ulong[] Screen(ConditionScreen screen, LeadFacts lead)
    {
        var mask = new ulong[screen.Words];
        screen.RuleOut(lead, mask);
        return mask;
    }

    private LeadFacts Lead(params (string Field, JsonNode? Value)[] values)
    {
        var custom = new JsonObject();
        foreach (var (field, value) in values) custom[field["fields.".Length..]] = value;
        // Parsed from text, as intake hands leads over: parsed values are the ones shared between leads.
        return LeadFacts.FromData(JsonNode.Parse(new JsonObject { ["fields"] = custom }.ToJsonString())!.AsObject(), _fields);
    }

    [Fact]
    public void screening_rules_out_only_conditions_that_are_false()
    {
        var random = new Random(20261123);
        var fields = Fields(4);
        var conditions = Enumerable.Range(0, 120).Select(_ => RandomCondition(random, fields, depth: 0)).ToList();
        var compiled = conditions.Select(c => ConditionCompiler.Compile(c, _fields)).ToList();
        var screen = Build([.. conditions]);
        var ruledOut = 0;

        for (var i = 0; i < 3000; i++)
        {
            var lead = Lead([.. fields.Where(_ => random.Next(5) > 0).Select(f => (f, RandomValue(random)))]);
            var mask = Screen(screen, lead);
            for (var c = 0; c < conditions.Count; c++)
            {
                if (!RuledOut(mask, c)) continue;
                ruledOut++;
                Assert.False(compiled[c](lead), $"lead {i} ruled out condition {c} which holds: {JsonSerializer.Serialize(conditions[c])}");
            }
        }

        Assert.True(ruledOut > 100_000, $"the screen ruled out only {ruledOut} conditions");
    }

    [Fact]
    public void a_missing_field_rules_out_the_conditions_that_need_it()
    {
        var field = Fields(1)[0];
        var screen = Build(
            Rules.Parse($$"""{"field":"{{field}}","op":"eq","value":"北海道"}"""),
            Rules.Parse($$"""{"field":"{{field}}","op":"not_exists"}"""));

        var mask = Screen(screen, Lead());

        Assert.True(RuledOut(mask, 0));
        Assert.False(RuledOut(mask, 1));
    }

    [Fact]
    public void a_repeated_value_is_screened_once_and_remembered()
    {
        var field = Fields(1)[0];
        var screen = Build(Rules.Parse($$"""{"field":"{{field}}","op":"contains","value":"北海道"}"""));
        var first = Lead((field, "東京都"));
        var second = Lead((field, "東京都"));

        var firstMask = Screen(screen, first);
        var secondMask = Screen(screen, second);

        Assert.True(first.TryGet(_fields.Key(field), out var facts));
        Assert.True(second.TryGet(_fields.Key(field), out var again));
        Assert.Same(facts, again);
        Assert.NotNull(Assert.IsType<SharedFacts>(facts).Screens);
        Assert.True(RuledOut(firstMask, 0));
        Assert.Equal(firstMask, secondMask);
    }

    [Fact]
    public void two_configurations_keep_their_own_verdicts_on_a_shared_value()
    {
        var field = Fields(1)[0];
        var hokkaido = Build(Rules.Parse($$"""{"field":"{{field}}","op":"eq","value":"北海道"}"""));
        var notHokkaido = Build(Rules.Parse($$"""{"field":"{{field}}","op":"neq","value":"北海道"}"""));

        for (var i = 0; i < 3; i++)
        {
            Assert.False(RuledOut(Screen(hokkaido, Lead((field, "北海道"))), 0));
            Assert.True(RuledOut(Screen(notHokkaido, Lead((field, "北海道"))), 0));
        }
    }

    [Fact]
    public void parts_reading_several_fields_are_left_to_the_compiled_condition()
    {
        var fields = Fields(2);
        var screen = Build(Rules.Parse($$"""
            {"any":[{"field":"{{fields[0]}}","op":"eq","value":"a"},{"field":"{{fields[1]}}","op":"eq","value":"b"}]}
            """));

        var mask = Screen(screen, Lead((fields[0], "x"), (fields[1], "b")));

        Assert.False(RuledOut(mask, 0));
    }

    private static Condition RandomCondition(Random random, string[] fields, int depth)
    {
        var kind = depth >= 2 ? 3 : random.Next(6);
        return kind switch
        {
            0 or 1 => new Condition { All = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomCondition(random, fields, depth + 1))] },
            2 => new Condition { Any = [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => RandomCondition(random, fields, depth + 1))] },
            4 => new Condition { Not = RandomCondition(random, fields, depth + 1) },
            _ => RandomLeaf(random, fields),
        };
    }

    private static Condition RandomLeaf(Random random, string[] fields)
    {
        var op = Ops[random.Next(Ops.Length)];
        string? value = op switch
        {
            "in" or "not_in" => JsonSerializer.Serialize(new[] { Texts[random.Next(Texts.Length - 2)], Texts[random.Next(Texts.Length - 2)] }),
            "gte" or "lt" => random.Next(0, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "between" => "[100,500]",
            "exists" or "not_exists" => null,
            "regex" => "\"^(東京|jp|2)\"",
            _ => JsonSerializer.Serialize(Texts[random.Next(Texts.Length - 2)]),
        };
        return new Condition
        {
            Field = fields[random.Next(fields.Length)],
            Op = op,
            Value = value is null ? null : JsonDocument.Parse(value).RootElement.Clone(),
        };
    }

    private static JsonNode? RandomValue(Random random) => random.Next(6) switch
    {
        0 => random.Next(0, 1000) / 50 * 50,
        1 => new JsonArray(Texts[random.Next(Texts.Length)], Texts[random.Next(Texts.Length)]),
        2 => null,
        _ => Texts[random.Next(Texts.Length)],
    };
}
