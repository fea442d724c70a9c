using System.Text.Json.Nodes;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Conditions;

public class ConditionTreeTests
{
    private const string Hokkaido = """{"region":"北海道札幌市","employees":"１５０","fields":{"導入検討時期":"3カ月以内"}}""";

    [Fact]
    public void null_condition_always_matches() =>
        Assert.True(ConditionCompiler.Compile(null, new FieldTable())(Lead("{}")));

    [Fact]
    public void all_matches_when_every_child_matches() =>
        Assert.True(Matches("""
            {"all":[{"field":"region","op":"contains","value":"北海道"},{"field":"employees","op":"gte","value":100}]}
            """, Hokkaido));

    [Fact]
    public void all_does_not_match_when_one_child_fails() =>
        Assert.False(Matches("""
            {"all":[{"field":"region","op":"contains","value":"北海道"},{"field":"employees","op":"gte","value":1000}]}
            """, Hokkaido));

    [Fact]
    public void any_matches_when_one_child_matches() =>
        Assert.True(Matches("""
            {"any":[{"field":"region","op":"eq","value":"東京都"},{"field":"fields.導入検討時期","op":"eq","value":"３カ月以内"}]}
            """, Hokkaido));

    [Fact]
    public void any_does_not_match_when_no_child_matches() =>
        Assert.False(Matches("""
            {"any":[{"field":"region","op":"eq","value":"東京都"},{"field":"country","op":"exists"}]}
            """, Hokkaido));

    [Fact]
    public void not_inverts_its_child() =>
        Assert.False(Matches("""{"not":{"field":"region","op":"contains","value":"北海道"}}""", Hokkaido));

    [Fact]
    public void nested_tree_combines_custom_fields_and_numeric_coercion() =>
        Assert.True(Matches("""
            {"all":[
              {"field":"region","op":"contains","value":"北海道"},
              {"not":{"field":"industry","op":"in","value":["retail","小売"]}},
              {"any":[{"field":"employees","op":"between","value":[100,999]},
                      {"field":"fields.導入検討時期","op":"eq","value":"未定"}]}]}
            """, Hokkaido));

    [Fact]
    public void compiled_condition_is_reused_across_leads()
    {
        var compiled = ConditionCompiler.Compile(Parse("""{"field":"region","op":"contains","value":"北海道"}"""), new FieldTable());
        Assert.True(compiled(Lead("""{"region":"北海道"}""")));
        Assert.False(compiled(Lead("""{"region":"沖縄県"}""")));
        Assert.True(compiled(Lead("""{"region":["沖縄県","ほっかいどう","北海道"]}""")));
    }

    [Fact]
    public void system_fields_of_a_lead_can_be_matched()
    {
        var lead = new Lead { Score = 75, Grade = "hot", Stage = "MQL", Data = JsonNode.Parse("""{"region":"北海道"}""")!.AsObject() };
        var compiled = ConditionCompiler.Compile(Parse("""
            {"all":[{"field":"score","op":"gte","value":70},{"field":"grade","op":"eq","value":"HOT"},{"field":"ownerId","op":"not_exists"}]}
            """), new FieldTable());
        Assert.True(compiled(LeadFacts.From(lead)));
    }

    [Fact]
    public void compiling_an_invalid_condition_throws_naming_the_path()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ConditionCompiler.Compile(Parse("""{"all":[{"field":"region","op":"like","value":"x"}]}"""), new FieldTable()));
        Assert.Contains("conditions.all[0].op", error.Message);
    }
}
