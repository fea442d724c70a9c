using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Explanations;

public class ConditionTraceTests
{
    private static Condition Parse(string json) => JsonSerializer.Deserialize<Condition>(json, Json.EngineJson.Options)!;

    private static Lead LeadWith(string data) => new() { Id = "ld_1", Data = JsonNode.Parse(data)!.AsObject() };

    [Fact]
    public void no_condition_has_no_trace()
    {
        Assert.Null(ConditionTrace.Of(null, LeadWith("{}")));
    }

    [Fact]
    public void a_leaf_that_holds_carries_the_field_operator_operand_and_the_leads_value()
    {
        var step = ConditionTrace.Of(Parse("""{"field":"fields.都道府県","op":"contains","value":"北海道"}"""),
            LeadWith("""{"fields":{"都道府県":"北海道札幌市"}}"""))!;

        Assert.True(step.Matched);
        Assert.Equal(("leaf", "fields.都道府県", "contains", "北海道"), (step.Kind, step.Field, step.Op, step.Value!.Value.GetString()));
        Assert.Equal(["北海道札幌市"], step.LeadValues);
    }

    [Fact]
    public void the_first_failure_names_the_path_and_the_leads_value()
    {
        var condition = Parse("""{"all":[{"field":"country","op":"eq","value":"JP"},{"field":"region","op":"contains","value":"北海道"}]}""");

        var step = ConditionTrace.Of(condition, LeadWith("""{"country":"JP","region":"東京都"}"""))!;
        var failed = ConditionTrace.FirstFailure(step)!;

        Assert.False(step.Matched);
        Assert.True(step.Parts[0].Matched);
        Assert.Equal("conditions.all[1]", failed.Path);
        Assert.Equal(["東京都"], failed.LeadValues);
    }

    [Fact]
    public void any_holds_when_one_part_holds_and_not_inverts_its_part()
    {
        var condition = Parse("""{"any":[{"field":"industry","op":"eq","value":"SaaS"},{"not":{"field":"email","op":"exists"}}]}""");

        var step = ConditionTrace.Of(condition, LeadWith("""{"industry":"Retail"}"""))!;

        Assert.True(step.Matched);
        Assert.Equal([false, true], step.Parts.Select(p => p.Matched));
        Assert.Equal("conditions.any[1].not", step.Parts[1].Parts[0].Path);
        Assert.Empty(step.Parts[1].Parts[0].LeadValues!);
    }

    [Fact]
    public void the_trace_agrees_with_routing_on_a_missing_field_and_negative_operators()
    {
        var step = ConditionTrace.Of(Parse("""{"field":"region","op":"not_contains","value":"北海道"}"""), LeadWith("{}"))!;

        Assert.True(step.Matched); // a missing field matches only the negative operators
    }
}
