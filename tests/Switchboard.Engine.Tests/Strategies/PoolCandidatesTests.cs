using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Strategies;

public class PoolCandidatesTests
{
    [Fact]
    public void candidates_follow_explicit_order_and_otherwise_list_position()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "A", "B", "C", "D");
        run.Pool = run.Pool with
        {
            Members =
            [
                new PoolMember { RepId = "A", Order = 5 }, new PoolMember { RepId = "B" }, new PoolMember { RepId = "C", Order = 0 },
                new PoolMember { RepId = "D" },
            ],
        };
        var candidates = run.Candidates();
        Assert.Equal(["C", "B", "D", "A"], candidates.Select(c => c.RepId));
        Assert.Equal([0, 1, 2, 3], candidates.Select(c => c.Position));
    }

    [Fact]
    public void member_without_a_configured_rep_is_unknown_rep()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "A");
        run.Members("A", "ghost");
        Assert.Equal([null, EligibilityReasons.UnknownRep], run.Candidates().Select(c => c.Reason));
        Assert.Equal("A A", run.Route(2));
    }

    [Fact]
    public void weight_zero_is_a_reason_only_in_weighted_round_robin_pools()
    {
        var weighted = new PoolRun(Pool.Strategies.WeightedRoundRobin, ("A", 0));
        var plain = new PoolRun(Pool.Strategies.RoundRobin, ("A", 0));
        Assert.Equal(EligibilityReasons.WeightZero, weighted.Candidates()[0].Reason);
        Assert.True(plain.Candidates()[0].Eligible);
    }

    [Fact]
    public void weight_zero_member_that_fails_an_earlier_check_reports_that_check()
    {
        var run = new PoolRun(Pool.Strategies.WeightedRoundRobin, ("A", 0));
        run.Rep(new Rep { Id = "A", Active = false });
        Assert.Equal(EligibilityReasons.Inactive, run.Candidates()[0].Reason);
    }

    [Fact]
    public void candidates_read_the_reps_load_from_routing_state()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "A");
        run.Rep(new Rep { Id = "A", Capacity = new Capacity { MaxOpen = 1 } });
        run.State.Load("A").Open = 1;
        Assert.Equal(EligibilityReasons.CapOpen, run.Candidates()[0].Reason);
    }

    private static PoolRun HokkaidoPool(Rep rep)
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, rep.Id);
        run.Pool = run.Pool with { Eligibility = new PoolEligibility { MatchSkills = ["region"] } };
        run.Rep(rep with { Skills = new() { ["region"] = ["北海道"] } });
        run.Lead = TestReps.Lead("""{"region":"東京都"}""");
        return run;
    }

    [Fact]
    public void in_a_compiled_pool_skill_mismatch_is_reported_before_excluded()
    {
        var run = HokkaidoPool(new Rep { Id = "sato" });
        Assert.Equal(EligibilityReasons.SkillMismatch, run.CompiledCandidates(excluded: ["sato"])[0].Reason);
    }

    [Fact]
    public void in_a_compiled_pool_an_earlier_failure_is_reported_before_skill_mismatch()
    {
        var run = HokkaidoPool(new Rep { Id = "sato", Active = false });
        Assert.Equal(EligibilityReasons.Inactive, run.CompiledCandidates()[0].Reason);
    }

    [Fact]
    public void in_a_compiled_pool_a_rep_without_the_skill_is_skill_mismatch()
    {
        var run = HokkaidoPool(new Rep { Id = "sato" });
        Assert.Equal(EligibilityReasons.SkillMismatch, run.CompiledCandidates()[0].Reason);
    }
}
