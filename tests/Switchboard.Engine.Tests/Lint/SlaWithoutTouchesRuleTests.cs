using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class SlaWithoutTouchesRuleTests
{
    private const string Code = "sla-without-touches";

    [Fact]
    public void an_sla_on_a_pool_whose_leads_are_never_touched_is_information()
    {
        var facts = Facts with { Pools = new Dictionary<string, PoolActivity> { ["inbound"] = new(40, 0) } };
        var finding = Single(Good, Code, facts);
        Assert.Equal((LintSeverity.Info, "pools[0].sla"), (finding.Severity, finding.Path));
        Assert.Contains("none of the 40 leads", finding.Message);
    }

    [Fact]
    public void one_touched_lead_shows_the_reps_use_the_api() => Assert.Empty(Findings(Good, Code));

    [Fact]
    public void a_pool_that_assigned_nothing_tells_nothing() =>
        Assert.Empty(Findings(Good, Code, Facts with { Pools = new Dictionary<string, PoolActivity> { ["inbound"] = new(0, 0) } }));
}
