using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class ShadowedWorkflowRuleTests
{
    private const string Code = "shadowed-workflow";

    private static Model.RoutingConfig WithFirst(string change) => With(c =>
    {
        foreach (var (key, value) in Node(change).AsObject()) c["workflows"]![0]![key] = value?.DeepClone();
    });

    [Fact]
    public void an_earlier_stop_on_match_workflow_without_conditions_shadows_a_later_one()
    {
        var finding = Single(WithFirst("""{"conditions":null}"""), Code);
        Assert.Equal((LintSeverity.Warning, "workflows[1]"), (finding.Severity, finding.Path));
        Assert.Contains("workflows[0] (\"Hokkaido\")", finding.Message);
    }

    [Fact]
    public void an_earlier_workflow_requiring_a_subset_of_the_conditions_shadows() =>
        Single(With(c => c["workflows"]![1]!["conditions"] = Node("""
            {"all":[{"field":"region","op":"contains","value":"北海道"},{"field":"fields.導入検討時期","op":"eq","value":"3カ月以内"},{"field":"employees","op":"gt","value":5}]}
            """)), Code);

    [Fact]
    public void an_earlier_workflow_requiring_more_shadows_nothing() => Assert.Empty(Findings(Good, Code));

    [Fact]
    public void a_workflow_on_another_trigger_is_not_shadowed() =>
        Assert.Empty(Findings(WithFirst("""{"conditions":null,"trigger":{"type":"lead.updated"}}"""), Code));

    [Fact]
    public void an_earlier_workflow_that_does_not_stop_shadows_nothing() =>
        Assert.Empty(Findings(WithFirst("""{"conditions":null,"stopOnMatch":false}"""), Code));

    [Fact]
    public void an_earlier_workflow_only_for_one_source_does_not_shadow_one_for_every_source() =>
        Assert.Empty(Findings(WithFirst("""{"conditions":null,"trigger":{"type":"lead.created","source":"web"}}"""), Code));

    [Fact]
    public void priority_not_document_order_decides_what_comes_first() =>
        Assert.Equal("workflows[0]", Single(With(c =>
        {
            c["workflows"]![1]!["stopOnMatch"] = true;
            c["workflows"]![1]!["conditions"] = null;
            c["workflows"]![0]!["priority"] = 25;
        }), Code).Path);
}
