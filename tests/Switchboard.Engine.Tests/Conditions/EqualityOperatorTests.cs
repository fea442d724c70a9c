using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Conditions;

public class EqualityOperatorTests
{
    [Fact]
    public void eq_matches_after_invariant_case_folding() =>
        Assert.True(Leaf("region", "eq", "\"Hokkaido\"", """{"region":"HOKKAIDO"}"""));

    [Fact]
    public void eq_matches_full_width_latin_against_ascii() =>
        Assert.True(Leaf("region", "eq", "\"hokkaido\"", """{"region":"ＨＯＫＫＡＩＤＯ"}"""));

    [Fact]
    public void eq_matches_identical_japanese_text() =>
        Assert.True(Leaf("region", "eq", "\"北海道\"", """{"region":"北海道"}"""));

    [Fact]
    public void eq_does_not_match_a_part_of_the_value() =>
        Assert.False(Leaf("region", "eq", "\"北海道\"", """{"region":"北海道札幌市"}"""));

    [Fact]
    public void eq_folds_german_umlaut_case() =>
        Assert.True(Leaf("city", "eq", "\"münchen\"", """{"city":"MÜNCHEN"}"""));

    [Fact]
    public void eq_with_number_operand_matches_numeric_string() =>
        Assert.True(Leaf("employees", "eq", "250", """{"employees":"250"}"""));

    [Fact]
    public void eq_with_number_operand_matches_full_width_digits() =>
        Assert.True(Leaf("employees", "eq", "250", """{"employees":"２５０"}"""));

    [Fact]
    public void eq_with_number_operand_compares_numerically_across_notations() =>
        Assert.True(Leaf("dealSize", "eq", "250", """{"dealSize":250.0}"""));

    [Fact]
    public void eq_with_number_operand_compares_text_when_the_field_is_not_numeric()
    {
        Assert.False(Leaf("employees", "eq", "250", """{"employees":"250人"}"""));
        Assert.True(Leaf("employees", "eq", "250", """{"employees":["250人", "250"]}"""));
    }

    [Fact]
    public void eq_with_string_operand_compares_as_text() =>
        Assert.False(Leaf("employees", "eq", "\"250\"", """{"employees":"250.0"}"""));

    [Fact]
    public void eq_with_boolean_operand_compares_with_true_and_false()
    {
        Assert.True(Leaf("fields.partner", "eq", "true", """{"fields":{"partner":true}}"""));
        Assert.True(Leaf("fields.partner", "eq", "true", """{"fields":{"partner":"TRUE"}}"""));
        Assert.False(Leaf("fields.partner", "eq", "true", """{"fields":{"partner":false}}"""));
    }

    [Fact]
    public void neq_matches_a_different_value() =>
        Assert.True(Leaf("region", "neq", "\"東京都\"", """{"region":"北海道"}"""));

    [Fact]
    public void neq_does_not_match_an_equal_value_after_normalisation() =>
        Assert.False(Leaf("region", "neq", "\"hokkaido\"", """{"region":"Ｈｏｋｋａｉｄｏ"}"""));

    [Fact]
    public void neq_is_false_when_any_list_element_equals() =>
        Assert.False(Leaf("productInterest", "neq", "\"A\"", """{"productInterest":["a","B"]}"""));

    [Fact]
    public void neq_is_true_when_no_list_element_equals() =>
        Assert.True(Leaf("productInterest", "neq", "\"C\"", """{"productInterest":["A","B"]}"""));

    [Fact]
    public void in_matches_a_value_listed_in_any_language()
    {
        Assert.True(Leaf("industry", "in", """["manufacturing","製造業"]""", """{"industry":"製造業"}"""));
        Assert.True(Leaf("industry", "in", """["manufacturing","製造業"]""", """{"industry":"Manufacturing"}"""));
    }

    [Fact]
    public void in_matches_korean_text() =>
        Assert.True(Leaf("city", "in", """["서울","부산"]""", """{"city":"서울"}"""));

    [Fact]
    public void in_does_not_match_a_value_outside_the_list() =>
        Assert.False(Leaf("city", "in", """["서울","부산"]""", """{"city":"대구"}"""));

    [Fact]
    public void in_compares_number_items_numerically() =>
        Assert.True(Leaf("employees", "in", """[100, 200]""", """{"employees":"１００"}"""));

    [Fact]
    public void in_compares_boolean_items_with_true_and_false() =>
        Assert.True(Leaf("fields.partner", "in", """[true]""", """{"fields":{"partner":true}}"""));

    [Fact]
    public void in_matches_when_any_list_element_is_listed() =>
        Assert.True(Leaf("productInterest", "in", """["B","Z"]""", """{"productInterest":["A","b"]}"""));

    [Fact]
    public void not_in_matches_a_value_outside_the_list() =>
        Assert.True(Leaf("city", "not_in", """["서울","부산"]""", """{"city":"대구"}"""));

    [Fact]
    public void not_in_is_false_when_any_list_element_is_listed() =>
        Assert.False(Leaf("productInterest", "not_in", """["B"]""", """{"productInterest":["A","B"]}"""));
}
