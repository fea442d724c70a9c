using Switchboard.Engine.Validation;
using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Validation;

public class OperatorValueTests
{
    private static List<ValidationError> Errors(string op, string value)
    {
        var errors = new List<ValidationError>();
        ConditionValidator.Validate(Parse($$"""{"field":"x","op":"{{op}}","value":{{value}}}"""), "conditions.all[0]", errors);
        return errors;
    }

    private static ValidationError Single(string op, string value, string path)
    {
        var error = Assert.Single(Errors(op, value));
        Assert.Equal(path, error.Path);
        return error;
    }

    [Theory]
    [InlineData("in", "[\"a\", 1, true]")]
    [InlineData("not_in", "[\"製造業\"]")]
    public void in_accepts_an_array_of_scalars(string op, string value) => Assert.Empty(Errors(op, value));

    [Theory]
    [InlineData("in", "\"a\"")]
    [InlineData("not_in", "{\"a\":1}")]
    public void in_requires_an_array(string op, string value) =>
        Assert.Contains("array", Single(op, value, "conditions.all[0].value").Message);

    [Fact]
    public void in_rejects_an_empty_array() => Single("in", "[]", "conditions.all[0].value");

    [Fact]
    public void in_item_error_names_the_item_index() => Single("not_in", "[\"a\", [\"b\"]]", "conditions.all[0].value[1]");

    [Theory]
    [InlineData("gt", "10")]
    [InlineData("gte", "\"10\"")]
    [InlineData("lt", "\"１０\"")]
    [InlineData("lte", "-2.5")]
    public void numeric_operators_accept_numbers_and_numeric_strings(string op, string value) =>
        Assert.Empty(Errors(op, value));

    [Theory]
    [InlineData("gt", "\"many\"")]
    [InlineData("gte", "true")]
    [InlineData("lt", "[1]")]
    [InlineData("lte", "\"1,000\"")]
    public void numeric_operators_reject_non_numbers(string op, string value) =>
        Single(op, value, "conditions.all[0].value");

    [Theory]
    [InlineData("[1, 10]")]
    [InlineData("[\"１\", \"10\"]")]
    [InlineData("[5, 5]")]
    public void between_accepts_two_numbers(string value) => Assert.Empty(Errors("between", value));

    [Theory]
    [InlineData("10")]
    [InlineData("[1]")]
    [InlineData("[1, 2, 3]")]
    public void between_requires_an_array_of_two(string value) => Single("between", value, "conditions.all[0].value");

    [Fact]
    public void between_item_that_is_not_a_number_is_named() =>
        Single("between", "[1, \"lots\"]", "conditions.all[0].value[1]");

    [Fact]
    public void between_rejects_a_lower_bound_above_the_upper_bound() =>
        Assert.Contains("lower bound", Single("between", "[10, 1]", "conditions.all[0].value").Message);

    [Theory]
    [InlineData("exists")]
    [InlineData("not_exists")]
    public void presence_operators_take_no_value(string op) => Single(op, "\"x\"", "conditions.all[0].value");

    [Fact]
    public void presence_operators_allow_an_explicit_null_value() => Assert.Empty(Errors("exists", "null"));

    [Fact]
    public void regex_accepts_a_valid_pattern() => Assert.Empty(Errors("regex", "\"^(北海道|東京)\\\\d*$\""));

    [Fact]
    public void regex_must_compile_and_the_error_names_the_regex_problem()
    {
        var error = Single("regex", "\"(unclosed\"", "conditions.all[0].value");
        Assert.Contains("invalid regular expression", error.Message);
        Assert.Contains("(unclosed", error.Message);
    }

    [Fact]
    public void regex_requires_a_string() => Single("regex", "42", "conditions.all[0].value");
}
