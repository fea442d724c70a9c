using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Conditions;

public class NumericOperatorTests
{
    [Fact]
    public void gt_matches_a_larger_number() =>
        Assert.True(Leaf("employees", "gt", "100", """{"employees":101}"""));

    [Fact]
    public void gt_does_not_match_an_equal_number() =>
        Assert.False(Leaf("employees", "gt", "100", """{"employees":100}"""));

    [Fact]
    public void gte_matches_an_equal_number() =>
        Assert.True(Leaf("employees", "gte", "100", """{"employees":100}"""));

    [Fact]
    public void gte_does_not_match_a_smaller_number() =>
        Assert.False(Leaf("employees", "gte", "100", """{"employees":99.5}"""));

    [Fact]
    public void lt_matches_a_smaller_number() =>
        Assert.True(Leaf("dealSize", "lt", "1000", """{"dealSize":999}"""));

    [Fact]
    public void lt_does_not_match_an_equal_number() =>
        Assert.False(Leaf("dealSize", "lt", "1000", """{"dealSize":1000}"""));

    [Fact]
    public void lte_matches_an_equal_number() =>
        Assert.True(Leaf("dealSize", "lte", "1000", """{"dealSize":1000}"""));

    [Fact]
    public void lte_does_not_match_a_larger_number() =>
        Assert.False(Leaf("dealSize", "lte", "1000", """{"dealSize":1000.01}"""));

    [Fact]
    public void numeric_operators_coerce_full_width_digit_strings() =>
        Assert.True(Leaf("employees", "gt", "999", """{"employees":"１０００"}"""));

    [Fact]
    public void numeric_operators_coerce_decimal_and_exponent_strings()
    {
        Assert.True(Leaf("dealSize", "gte", "1500000", """{"dealSize":"1.5e6"}"""));
        Assert.True(Leaf("dealSize", "lt", "0", """{"dealSize":"-２.５"}"""));
    }

    [Fact]
    public void numeric_operand_may_be_a_full_width_numeric_string() =>
        Assert.True(Leaf("employees", "gte", "\"５００\"", """{"employees":500}"""));

    [Fact]
    public void numeric_operators_do_not_match_non_numeric_text()
    {
        Assert.False(Leaf("employees", "gt", "1", """{"employees":"100-999人"}"""));
        Assert.False(Leaf("employees", "lt", "1000000", """{"employees":"約100"}"""));
    }

    [Fact]
    public void numeric_operators_do_not_match_objects_or_booleans()
    {
        Assert.False(Leaf("employees", "gt", "0", """{"employees":{"min":10}}"""));
        Assert.False(Leaf("employees", "gt", "0", """{"employees":true}"""));
    }

    [Fact]
    public void gt_matches_when_any_list_element_is_larger() =>
        Assert.True(Leaf("dealSize", "gt", "10", """{"dealSize":[5, "n/a", 50]}"""));

    [Fact]
    public void between_includes_both_bounds()
    {
        Assert.True(Leaf("employees", "between", "[100, 999]", """{"employees":100}"""));
        Assert.True(Leaf("employees", "between", "[100, 999]", """{"employees":999}"""));
        Assert.True(Leaf("employees", "between", "[100, 999]", """{"employees":"５００"}"""));
    }

    [Fact]
    public void between_excludes_values_outside_the_bounds()
    {
        Assert.False(Leaf("employees", "between", "[100, 999]", """{"employees":99}"""));
        Assert.False(Leaf("employees", "between", "[100, 999]", """{"employees":1000}"""));
    }

    [Fact]
    public void between_accepts_numeric_string_bounds() =>
        Assert.True(Leaf("employees", "between", """["１００", "999"]""", """{"employees":250}"""));

    [Fact]
    public void between_does_not_match_non_numeric_text() =>
        Assert.False(Leaf("employees", "between", "[1, 1000]", """{"employees":"100-999人"}"""));
}
