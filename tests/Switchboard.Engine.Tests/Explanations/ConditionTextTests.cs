using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Explanations;

/// <summary>A failed condition leaf said in one line, with the lead's values as written.</summary>
public sealed class ConditionTextTests
{
    private static string Failed(string condition, string lead)
    {
        var parsed = JsonSerializer.Deserialize<Condition>(condition, Json.EngineJson.Options)!;
        var step = ConditionTrace.Of(parsed, new Lead { Id = "ld_1", Data = JsonNode.Parse(lead)!.AsObject() })!;
        return ConditionText.Failed(ConditionTrace.FirstFailure(step)!);
    }

    [Fact]
    public void a_failed_contains_quotes_the_leads_value_and_the_operand()
    {
        Assert.Equal("fields.導入検討時期 \"未定\" does not contain \"3カ月\"",
            Failed("""{"field":"fields.導入検討時期","op":"contains","value":"3カ月"}""", """{"fields":{"導入検討時期":"未定"}}"""));
    }

    [Fact]
    public void a_missing_field_is_named_missing_with_what_the_operator_needed()
    {
        Assert.Equal("region is missing (eq \"北海道\" needs a value)", Failed("""{"field":"region","op":"eq","value":"北海道"}""", "{}"));
        Assert.Equal("email is missing", Failed("""{"field":"email","op":"exists"}""", "{}"));
    }

    [Fact]
    public void numbers_lists_and_ranges_read_as_written()
    {
        Assert.Equal("employees \"12\" is not greater than 100", Failed("""{"field":"employees","op":"gt","value":100}""", """{"employees":12}"""));
        Assert.Equal("country \"DE\" is not in [\"JP\", \"KR\"]", Failed("""{"field":"country","op":"in","value":["JP","KR"]}""", """{"country":"DE"}"""));
        Assert.Equal("dealSize \"5\" is not between 10 and 20", Failed("""{"field":"dealSize","op":"between","value":[10,20]}""", """{"dealSize":5}"""));
        Assert.Equal("productInterest [\"A\", \"B\"] is not \"C\"",
            Failed("""{"field":"productInterest","op":"eq","value":"C"}""", """{"productInterest":["A","B"]}"""));
        Assert.Equal("country \"JP\" equals \"JP\"", Failed("""{"field":"country","op":"neq","value":"JP"}""", """{"country":"JP"}"""));
    }
}
