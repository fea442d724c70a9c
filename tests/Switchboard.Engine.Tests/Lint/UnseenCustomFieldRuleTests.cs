using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class UnseenCustomFieldRuleTests
{
    private const string Code = "unseen-custom-field";

    private static Model.RoutingConfig OnField(string field) =>
        With(c => c["workflows"]![1]!["conditions"] = Node($$"""{"field":"{{field}}","op":"exists"}"""));

    [Fact]
    public void a_custom_field_no_stored_lead_has_is_a_warning_listing_close_names_that_were_seen()
    {
        var finding = Single(OnField("fields.従業員"), Code);
        Assert.Equal((LintSeverity.Warning, "workflows[1].conditions.field", "fields.従業員数"), (finding.Severity, finding.Path, finding.Suggestion));
        Assert.Contains("close names that were seen: fields.従業員数", finding.Message);
    }

    [Fact]
    public void no_stored_lead_keeps_it_quiet() =>
        Assert.Empty(Findings(OnField("fields.従業員"), Code, Facts with { LeadsRead = 0, CustomFieldsSeen = new HashSet<string>() }));

    [Fact]
    public void a_field_a_form_writes_counts_as_known() =>
        Assert.Empty(Findings(With(c =>
        {
            c["forms"]![0]!["fields"]!.AsArray().Add(Node("""{"key":"budget","label":"Budget","mapsTo":"fields.予算"}"""));
            c["workflows"]![1]!["conditions"] = Node("""{"field":"fields.予算","op":"exists"}""");
        }), Code));

    [Fact]
    public void a_field_a_set_field_action_writes_counts_as_known() =>
        Assert.Empty(Findings(With(c =>
        {
            c["workflows"]![2]!["actions"]!.AsArray().Add(Node("""{"type":"set_field","field":"fields.tier","value":"gold"}"""));
            c["workflows"]![1]!["conditions"] = Node("""{"field":"fields.tier","op":"eq","value":"gold"}""");
        }), Code));
}
