using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Conditions;

public class MissingFieldTests
{
    public static TheoryData<string, string?, bool> EveryOperator => new()
    {
        { "eq", "\"x\"", false },
        { "neq", "\"x\"", true },
        { "contains", "\"x\"", false },
        { "not_contains", "\"x\"", true },
        { "starts_with", "\"x\"", false },
        { "ends_with", "\"x\"", false },
        { "in", "[\"x\"]", false },
        { "not_in", "[\"x\"]", true },
        { "gt", "1", false },
        { "gte", "1", false },
        { "lt", "1", false },
        { "lte", "1", false },
        { "between", "[0, 1]", false },
        { "exists", null, false },
        { "not_exists", null, true },
        { "regex", "\".*\"", false },
    };

    [Theory]
    [MemberData(nameof(EveryOperator))]
    public void missing_field_matches_only_negative_operators(string op, string? value, bool expected) =>
        Assert.Equal(expected, Leaf("region", op, value, """{"city":"札幌市"}"""));

    [Theory]
    [InlineData("""{"region":null}""")]
    [InlineData("""{"region":[]}""")]
    [InlineData("""{"region":""}""")]
    [InlineData("""{"region":"　 "}""")]
    [InlineData("""{"region":["", null]}""")]
    public void null_empty_and_blank_values_count_as_missing(string lead)
    {
        Assert.False(Leaf("region", "exists", null, lead));
        Assert.True(Leaf("region", "not_exists", null, lead));
        Assert.True(Leaf("region", "neq", "\"北海道\"", lead));
    }

    [Fact]
    public void exists_matches_a_present_field() =>
        Assert.True(Leaf("region", "exists", null, """{"region":"北海道"}"""));

    [Fact]
    public void exists_matches_zero_and_false()
    {
        Assert.True(Leaf("fields.score", "exists", null, """{"fields":{"score":0}}"""));
        Assert.True(Leaf("fields.partner", "exists", null, """{"fields":{"partner":false}}"""));
    }

    [Fact]
    public void not_exists_does_not_match_a_present_field() =>
        Assert.False(Leaf("region", "not_exists", null, """{"region":"北海道"}"""));

    [Fact]
    public void blank_list_elements_are_skipped() =>
        Assert.False(Leaf("productInterest", "regex", "\"^$\"", """{"productInterest":["", "A"]}"""));

    [Fact]
    public void custom_field_is_matched_through_the_fields_prefix() =>
        Assert.True(Leaf("fields.導入検討時期", "eq", "\"3カ月以内\"", """{"fields":{"導入検討時期":"３カ月以内"}}"""));

    [Fact]
    public void custom_field_does_not_match_a_standard_field_of_the_same_name()
    {
        Assert.False(Leaf("fields.region", "exists", null, """{"region":"北海道"}"""));
        Assert.False(Leaf("region", "exists", null, """{"fields":{"region":"北海道"}}"""));
    }

    [Fact]
    public void missing_custom_field_matches_not_exists() =>
        Assert.True(Leaf("fields.導入検討時期", "not_exists", null, """{"fields":{"予算":"未定"}}"""));
}
