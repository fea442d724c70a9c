using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Conditions;

public class TextOperatorTests
{
    [Fact]
    public void contains_matches_full_width_digits_after_nfkc() =>
        Assert.True(Leaf("fields.従業員数", "contains", "\"100-999人\"", """{"fields":{"従業員数":"１００-９９９人"}}"""));

    [Fact]
    public void contains_matches_a_japanese_substring() =>
        Assert.True(Leaf("region", "contains", "\"北海道\"", """{"region":"北海道札幌市"}"""));

    [Fact]
    public void contains_matches_full_width_operand_against_ascii_value() =>
        Assert.True(Leaf("company", "contains", "\"ＡＣＭＥ\"", """{"company":"acme Inc."}"""));

    [Fact]
    public void contains_matches_half_width_katakana_against_full_width() =>
        Assert.True(Leaf("company", "contains", "\"カブシキ\"", """{"company":"ｶﾌﾞｼｷｶﾞｲｼｬ"}"""));

    [Fact]
    public void contains_folds_case_of_german_text() =>
        Assert.True(Leaf("company", "contains", "\"müller\"", """{"company":"MÜLLER Maschinenbau GmbH"}"""));

    [Fact]
    public void contains_matches_korean_text() =>
        Assert.True(Leaf("company", "contains", "\"주식회사\"", """{"company":"삼성전자 주식회사"}"""));

    [Fact]
    public void contains_with_number_operand_looks_for_its_digits() =>
        Assert.True(Leaf("fields.従業員数", "contains", "100", """{"fields":{"従業員数":"１００-９９９人"}}"""));

    [Fact]
    public void contains_does_not_match_absent_text() =>
        Assert.False(Leaf("region", "contains", "\"北海道\"", """{"region":"東京都"}"""));

    [Fact]
    public void contains_matches_when_any_list_element_contains() =>
        Assert.True(Leaf("productInterest", "contains", "\"cloud\"", """{"productInterest":["On-premise","Cloud CRM"]}"""));

    [Fact]
    public void not_contains_is_true_when_no_element_contains() =>
        Assert.True(Leaf("productInterest", "not_contains", "\"cloud\"", """{"productInterest":["On-premise","Hardware"]}"""));

    [Fact]
    public void not_contains_is_false_when_any_element_contains() =>
        Assert.False(Leaf("productInterest", "not_contains", "\"cloud\"", """{"productInterest":["On-premise","CLOUD"]}"""));

    [Fact]
    public void starts_with_matches_a_prefix_after_normalisation() =>
        Assert.True(Leaf("company", "starts_with", "\"acme\"", """{"company":"ＡＣＭＥ Holdings"}"""));

    [Fact]
    public void starts_with_does_not_match_in_the_middle() =>
        Assert.False(Leaf("company", "starts_with", "\"holdings\"", """{"company":"ACME Holdings"}"""));

    [Fact]
    public void ends_with_matches_a_suffix_ignoring_case() =>
        Assert.True(Leaf("email", "ends_with", "\"@example.kr\"", """{"email":"kim@EXAMPLE.KR"}"""));

    [Fact]
    public void ends_with_does_not_match_a_prefix() =>
        Assert.False(Leaf("email", "ends_with", "\"kim\"", """{"email":"kim@example.kr"}"""));

    [Fact]
    public void ends_with_matches_a_japanese_suffix() =>
        Assert.True(Leaf("company", "ends_with", "\"株式会社\"", """{"company":"北海道物産株式会社"}"""));
}
