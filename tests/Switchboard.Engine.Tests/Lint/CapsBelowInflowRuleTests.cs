using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class CapsBelowInflowRuleTests
{
    private const string Code = "caps-below-inflow";

    // inbound: kim and sato may take 20 a day each, 40 together.
    private static LintFacts Assigned(int leads) => Facts with { Pools = new Dictionary<string, PoolActivity> { ["inbound"] = new(leads, leads) } };

    [Fact]
    public void caps_below_the_average_daily_inflow_are_reported()
    {
        var finding = Single(Good, Code, Assigned(1500)); // 1500 / 30 = 50 a day
        Assert.Equal((LintSeverity.Warning, "pools[0].members"), (finding.Severity, finding.Path));
        Assert.Contains("add up to 40, below the 50 leads a day", finding.Message);
    }

    [Fact]
    public void caps_that_hold_the_inflow_are_fine() => Assert.Empty(Findings(Good, Code, Assigned(1200))); // 40 a day

    [Fact]
    public void a_member_without_a_daily_cap_takes_the_rest() =>
        Assert.Empty(Findings(With(c => c["reps"]![1]!.AsObject().Remove("capacity")), Code, Assigned(1500)));

    [Fact]
    public void a_pool_that_ignores_capacity_has_no_caps() =>
        Assert.Empty(Findings(With(c => c["pools"]![0]!["eligibility"] = Node("""{"requireAvailable":true,"respectCapacity":false}""")), Code, Assigned(1500)));
}
