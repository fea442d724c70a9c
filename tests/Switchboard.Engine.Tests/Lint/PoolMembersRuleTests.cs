using Switchboard.Engine.Lint;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class PoolMembersRuleTests
{
    [Fact]
    public void a_pool_whose_members_are_all_inactive_never_assigns()
    {
        var finding = Single(With(c => c["reps"]![2]!["active"] = false), "pool-no-active-member");
        Assert.Equal((LintSeverity.Warning, "pools[1].members"), (finding.Severity, finding.Path));
        Assert.Contains("wait in its queue", finding.Message);
    }

    [Fact]
    public void one_active_member_is_enough() =>
        Assert.Empty(Findings(With(c => c["reps"]![0]!["active"] = false), "pool-no-active-member"));

    [Fact]
    public void a_member_listed_twice_is_an_error()
    {
        var finding = Single(With(c => c["pools"]![0]!["members"]!.AsArray().Add(Node("""{"repId":"kim"}"""))), "duplicate-member");
        Assert.Equal((LintSeverity.Error, "pools[0].members[2].repId"), (finding.Severity, finding.Path));
    }
}
