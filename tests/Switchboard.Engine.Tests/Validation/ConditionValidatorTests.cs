using Switchboard.Engine.Registries;
using Switchboard.Engine.Validation;
using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Validation;

public class ConditionValidatorTests
{
    private static List<ValidationError> Errors(string conditionJson)
    {
        var errors = new List<ValidationError>();
        ConditionValidator.Validate(Parse(conditionJson), "conditions", errors);
        return errors;
    }

    private static ValidationError Single(string conditionJson, string path)
    {
        var errors = Errors(conditionJson);
        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        return error;
    }

    [Fact]
    public void valid_tree_has_no_errors() =>
        Assert.Empty(Errors("""
            {"all":[{"field":"region","op":"contains","value":"北海道"},
                    {"any":[{"field":"employees","op":"between","value":[100,999]},{"not":{"field":"email","op":"exists"}}]}]}
            """));

    [Fact]
    public void unknown_operator_error_names_the_path()
    {
        var error = Single("""
            {"all":[{"field":"a","op":"eq","value":1},{"field":"b","op":"eq","value":2},{"field":"region","op":"like","value":"x"}]}
            """, "conditions.all[2].op");
        Assert.Contains("like", error.Message);
    }

    [Fact]
    public void unknown_operator_error_lists_the_known_operators()
    {
        var error = Single("""{"field":"region","op":"equals","value":"x"}""", "conditions.op");
        foreach (var op in Registered.Operators.Names) Assert.Contains(op, error.Message);
    }

    [Fact]
    public void missing_operator_error_names_the_path() =>
        Single("""{"field":"region","value":"x"}""", "conditions.op");

    [Fact]
    public void missing_field_error_names_the_path() =>
        Single("""{"any":[{"op":"eq","value":"x"}]}""", "conditions.any[0].field");

    [Fact]
    public void custom_field_prefix_without_a_name_is_an_error() =>
        Single("""{"field":"fields.","op":"exists"}""", "conditions.field");

    [Fact]
    public void node_with_both_all_and_a_leaf_is_an_error_at_its_path() =>
        Single("""{"all":[{"not":{"all":[{"field":"x","op":"exists"}],"field":"y","op":"exists"}}]}""", "conditions.all[0].not");

    [Fact]
    public void node_with_both_all_and_any_is_an_error() =>
        Single("""{"all":[{"field":"x","op":"exists"}],"any":[{"field":"y","op":"exists"}]}""", "conditions");

    [Fact]
    public void empty_node_is_an_error() =>
        Single("""{"any":[{}]}""", "conditions.any[0]");

    [Fact]
    public void empty_all_list_is_an_error() =>
        Single("""{"all":[]}""", "conditions.all");

    [Fact]
    public void empty_any_list_is_an_error() =>
        Single("""{"not":{"any":[]}}""", "conditions.not.any");

    [Fact]
    public void null_child_is_an_error() =>
        Single("""{"all":[null]}""", "conditions.all[0]");

    [Fact]
    public void every_error_of_a_tree_is_reported() =>
        Assert.Equal(
            ["conditions.all[0].op", "conditions.all[1].value", "conditions.all[2].field"],
            Errors("""
                {"all":[{"field":"a","op":"~"},{"field":"b","op":"gt","value":"many"},{"op":"exists"}]}
                """).Select(e => e.Path));

    [Theory]
    [InlineData("contains", "\"北海道\"")]
    [InlineData("not_contains", "100")]
    [InlineData("starts_with", "\"ＡＢＣ\"")]
    [InlineData("ends_with", "\"株式会社\"")]
    [InlineData("eq", "true")]
    [InlineData("neq", "250")]
    public void string_operators_accept_a_string_or_number(string op, string value) =>
        Assert.Empty(Errors($$"""{"field":"x","op":"{{op}}","value":{{value}}}"""));

    [Theory]
    [InlineData("contains", "[\"a\"]")]
    [InlineData("starts_with", "{\"a\":1}")]
    [InlineData("ends_with", "true")]
    [InlineData("eq", "[1]")]
    [InlineData("neq", "{}")]
    public void string_operators_reject_other_value_types(string op, string value) =>
        Single($$"""{"field":"x","op":"{{op}}","value":{{value}}}""", "conditions.value");

    [Theory]
    [InlineData("contains", "\"\"")]
    [InlineData("eq", "\"  \"")]
    public void string_operators_reject_a_blank_value(string op, string value) =>
        Assert.Contains("exists", Single($$"""{"field":"x","op":"{{op}}","value":{{value}}}""", "conditions.value").Message);

    [Theory]
    [InlineData("eq")]
    [InlineData("contains")]
    [InlineData("gt")]
    [InlineData("in")]
    [InlineData("between")]
    [InlineData("regex")]
    public void operators_that_compare_require_a_value(string op) =>
        Single($$"""{"field":"x","op":"{{op}}"}""", "conditions.value");
}
