using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class UnroutedLeadsRuleTests
{
    private const string Code = "unrouted-leads";

    private static Model.RoutingConfig WithoutFallback(Action<System.Text.Json.Nodes.JsonObject>? change = null) => With(c =>
    {
        c["settings"]!.AsObject().Remove("fallbackPool");
        change?.Invoke(c);
    });

    [Fact]
    public void without_a_fallback_pool_a_lead_no_workflow_assigns_is_named()
    {
        var finding = Single(WithoutFallback(), Code);
        Assert.Equal((LintSeverity.Warning, "settings.fallbackPool"), (finding.Severity, finding.Path));
        Assert.Contains("""{"email":"someone@example.com"}""", finding.Message);
    }

    [Fact]
    public void a_fallback_pool_catches_every_lead() => Assert.Empty(Findings(Good, Code));

    [Fact]
    public void a_workflow_that_assigns_every_lead_leaves_none_unrouted() =>
        Assert.Empty(Findings(WithoutFallback(c => c["workflows"]![1]!["conditions"] = null), Code));

    [Fact]
    public void a_condition_the_example_lead_meets_by_lacking_a_field_routes_it() =>
        Assert.Empty(Findings(WithoutFallback(c => c["workflows"]![1]!["conditions"] = Node("""{"field":"region","op":"neq","value":"北海道"}""")), Code));

    [Fact]
    public void a_stop_on_match_workflow_that_does_not_assign_stops_the_assigning_one() =>
        Single(WithoutFallback(c =>
        {
            c["workflows"]![0]!["conditions"] = null;
            c["workflows"]![0]!["actions"] = Node("""[{"type":"add_to_campaign","campaign":"seminar"}]""");
            c["workflows"]![1]!["conditions"] = null;
        }), Code);

    [Fact]
    public void conditions_on_the_grade_see_the_example_leads_score() =>
        Assert.Empty(Findings(WithoutFallback(c =>
        {
            c["scoring"] = Node("""{"fit":[{"when":{"field":"email","op":"exists"},"points":80}]}""");
            c["workflows"]![1]!["conditions"] = Node("""{"field":"grade","op":"eq","value":"hot"}""");
        }), Code));
}
