using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class UnusedObjectsRuleTests
{
    [Fact]
    public void a_pool_nothing_routes_into_is_a_warning()
    {
        var finding = Single(With(c => c["pools"]!.AsArray().Add(Node("""{"id":"spare","members":[{"repId":"lee"}]}"""))), "unused-pool");
        Assert.Equal((LintSeverity.Warning, "pools[2]"), (finding.Severity, finding.Path));
    }

    [Fact]
    public void a_list_no_workflow_fills_is_information() =>
        Assert.Equal((LintSeverity.Info, "lists[2]"), Single(With(c => c["lists"]!.AsArray().Add(Node("""{"id":"upsell","name":"Upsell"}"""))), "unused-list") is var f ? (f.Severity, f.Path) : default);

    [Fact]
    public void a_campaign_no_workflow_fills_is_information() =>
        Assert.Equal("campaigns[0]", Single(With(c => c["workflows"]![0]!["actions"]!.AsArray().RemoveAt(1)), "unused-campaign").Path);

    [Fact]
    public void a_form_no_form_submitted_workflow_names_is_information() =>
        Assert.Equal("forms[0]", Single(With(c => c["workflows"]!.AsArray().RemoveAt(2)), "unused-form").Path);

    [Fact]
    public void the_fallback_pool_overflow_targets_and_the_nurture_list_count_as_used() =>
        Assert.DoesNotContain(RunLint(Good), f => f.Code.StartsWith("unused", StringComparison.Ordinal));
}
