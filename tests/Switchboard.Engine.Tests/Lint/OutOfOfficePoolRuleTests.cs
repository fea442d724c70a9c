using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class OutOfOfficePoolRuleTests
{
    private const string Code = "pool-out-of-office";

    private static Model.RoutingConfig Away(string kimBack, string satoBack) => With(c =>
    {
        c["reps"]![0]!["outOfOffice"] = Node($$"""[{"from":"2026-12-01","to":"{{kimBack}}"}]""");
        c["reps"]![1]!["outOfOffice"] = Node($$"""[{"from":"2026-12-01T00:00:00Z","to":"{{satoBack}}"}]""");
    });

    [Fact]
    public void a_pool_whose_members_are_all_away_for_the_next_seven_days_is_reported()
    {
        var finding = Single(Away("2026-12-20", "2026-12-13T00:00:00Z"), Code);
        Assert.Equal((LintSeverity.Warning, "pools[0].members"), (finding.Severity, finding.Path));
        Assert.Contains("sato until 2026-12-13T00:00:00Z", finding.Message);
    }

    [Fact]
    public void one_member_back_within_the_week_keeps_it_quiet() =>
        Assert.Empty(Findings(Away("2026-12-20", "2026-12-11T00:00:00Z"), Code));
}
