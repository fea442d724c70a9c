using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class ContradictoryConditionsRuleTests
{
    private const string Code = "contradictory-conditions";

    private static Model.RoutingConfig Conditions(string conditions) =>
        With(c => c["workflows"]![1]!["conditions"] = Node(conditions));

    [Fact]
    public void two_different_equalities_on_one_field_contradict()
    {
        var finding = Single(Conditions("""{"all":[{"field":"region","op":"eq","value":"北海道"},{"field":"region","op":"eq","value":"東京都"}]}"""), Code);
        Assert.Equal((LintSeverity.Error, "workflows[1].conditions.all[1]"), (finding.Severity, finding.Path));
        Assert.Contains("can never run", finding.Message);
    }

    [Theory]
    [InlineData("\"HOKKAIDO\"", "\"hokkaido\"")]
    [InlineData("100", "\"１００\"")]
    [InlineData("250", "250.0")]
    public void equal_values_written_differently_do_not_contradict(string a, string b) =>
        Assert.Empty(Findings(Conditions($$"""{"all":[{"field":"region","op":"eq","value":{{a}}},{"field":"region","op":"eq","value":{{b}}}]}"""), Code));

    [Fact]
    public void gt_10_and_lt_5_contradict() =>
        Assert.Contains("> 10 and < 5", Single(Conditions("""{"all":[{"field":"employees","op":"gt","value":10},{"field":"employees","op":"lt","value":5}]}"""), Code).Message);

    [Fact]
    public void bounds_meeting_at_an_included_number_do_not_contradict() =>
        Assert.Empty(Findings(Conditions("""{"all":[{"field":"employees","op":"gte","value":10},{"field":"employees","op":"lte","value":10}]}"""), Code));

    [Fact]
    public void in_lists_without_a_common_value_contradict() =>
        Assert.Equal("workflows[1].conditions.all[1]",
            Single(Conditions("""{"all":[{"field":"country","op":"in","value":["JP","KR"]},{"field":"country","op":"in","value":["DE","AT"]}]}"""), Code).Path);

    [Fact]
    public void in_lists_sharing_a_value_do_not_contradict() =>
        Assert.Empty(Findings(Conditions("""{"all":[{"field":"country","op":"in","value":["JP","KR"]},{"field":"country","op":"in","value":["kr","DE"]}]}"""), Code));

    [Fact]
    public void an_equality_outside_the_bounds_contradicts() =>
        Single(Conditions("""{"all":[{"field":"employees","op":"eq","value":50},{"field":"employees","op":"between","value":[100,999]}]}"""), Code);

    [Fact]
    public void equalities_on_a_field_that_may_hold_a_list_do_not_contradict() =>
        Assert.Empty(Findings(Conditions("""{"all":[{"field":"productInterest","op":"eq","value":"A"},{"field":"productInterest","op":"eq","value":"B"}]}"""), Code));

    [Fact]
    public void not_exists_beside_a_test_that_needs_a_value_contradicts() =>
        Single(Conditions("""{"all":[{"field":"fields.予算","op":"not_exists"},{"field":"fields.予算","op":"gt","value":1}]}"""), Code);

    [Fact]
    public void tests_under_any_are_alternatives_not_requirements() =>
        Assert.Empty(Findings(Conditions("""{"any":[{"field":"region","op":"eq","value":"北海道"},{"field":"region","op":"eq","value":"東京都"}]}"""), Code));

    [Fact]
    public void nested_alls_are_requirements_too() =>
        Single(Conditions("""{"all":[{"field":"region","op":"eq","value":"北海道"},{"all":[{"field":"region","op":"eq","value":"東京都"}]}]}"""), Code);
}
