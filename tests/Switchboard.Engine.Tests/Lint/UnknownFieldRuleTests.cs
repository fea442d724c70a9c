using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class UnknownFieldRuleTests
{
    private const string Code = "unknown-field";

    private static Model.RoutingConfig OnField(string field, string trigger = """{"type":"lead.created"}""") => With(c =>
    {
        c["workflows"]![1]!["trigger"] = Node(trigger);
        c["workflows"]![1]!["conditions"] = Node($$"""{"all":[{"field":"{{field}}","op":"eq","value":"x"}]}""");
    });

    [Fact]
    public void lint_names_the_misspelt_field_and_suggests_region()
    {
        var finding = Single(OnField("regoin"), Code);
        Assert.Equal((LintSeverity.Error, "workflows[1].conditions.all[0].field", "region"), (finding.Severity, finding.Path, finding.Suggestion));
        Assert.Contains("did you mean region?", finding.Message);
    }

    [Fact]
    public void a_custom_field_written_without_its_prefix_is_pointed_to_fields() =>
        Assert.Equal("fields.導入検討時期", Single(OnField("導入検討時期"), Code).Suggestion);

    [Fact]
    public void a_name_close_to_nothing_is_told_how_custom_fields_are_written() =>
        Assert.Contains("\"fields.budgetOwner\"", Single(OnField("budgetOwner"), Code).Message);

    [Fact]
    public void a_system_field_that_conditions_cannot_read_is_an_error() =>
        Assert.Contains("cannot read \"createdAt\"", Single(OnField("createdAt"), Code).Message);

    [Fact]
    public void an_event_fact_on_another_trigger_never_has_a_value() =>
        Assert.Contains("a value only in event.received workflows", Single(OnField("event.type"), Code).Message);

    [Theory]
    [InlineData("event.type")]
    [InlineData("event.properties.url")]
    public void event_facts_are_known_on_their_own_trigger(string field) =>
        Assert.Empty(Findings(OnField(field, """{"type":"event.received"}"""), Code));

    [Theory]
    [InlineData("region")]
    [InlineData("productInterest")]
    [InlineData("grade")]
    [InlineData("ownerId")]
    [InlineData("fields.導入検討時期")]
    public void standard_system_and_custom_fields_are_known(string field) => Assert.Empty(Findings(OnField(field), Code));

    [Fact]
    public void the_scoring_models_conditions_are_checked_too()
    {
        var config = With(c => c["scoring"] = Node("""{"fit":[{"when":{"field":"emial","op":"exists"},"points":5}]}"""));
        var finding = Single(config, Code);
        Assert.Equal(("scoring.fit[0].when.field", "email"), (finding.Path, finding.Suggestion));
    }
}
