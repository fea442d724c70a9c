using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class OverflowChainRuleTests
{
    [Fact]
    public void an_overflow_loop_is_reported_once_at_its_first_pool()
    {
        var finding = Single(With(c =>
        {
            c["pools"]![1]!["whenNoneEligible"] = "overflow";
            c["pools"]![1]!["overflowPool"] = "inbound";
        }), "overflow-loop");
        Assert.Equal("pools[0].overflowPool", finding.Path);
        Assert.Contains("inbound → managers → inbound", finding.Message);
    }

    [Fact]
    public void overflowing_into_a_pool_without_an_active_member_ends_in_nothing() =>
        Assert.Equal("pools[0].overflowPool", Single(With(c => c["reps"]![2]!["active"] = false), "overflow-dead-end").Path);

    [Fact]
    public void a_chain_that_ends_in_a_queue_is_fine() =>
        Assert.DoesNotContain(RunLint(Good), f => f.Code.StartsWith("overflow", StringComparison.Ordinal));
}
