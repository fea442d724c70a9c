using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class IgnoredWorkingHoursRuleTests
{
    private const string Code = "pool-ignores-working-hours";

    [Fact]
    public void a_pool_ignoring_its_members_working_hours_assigns_on_saturday_night()
    {
        var finding = Single(With(c => c["pools"]![0]!["eligibility"] = Node("""{"requireAvailable":false}""")), Code);
        Assert.Equal((LintSeverity.Info, "pools[0].eligibility.requireAvailable", "true"), (finding.Severity, finding.Path, finding.Suggestion));
        Assert.Contains("today such a pool assigns on Saturday night", finding.Message);
    }

    [Fact]
    public void members_without_working_hours_work_any_time_anyway() =>
        Assert.Empty(Findings(Good, Code)); // managers ignores hours, and lee keeps none
}
