using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Tests.Strategies;

public class WeightedRandomTests
{
    private static readonly string[] LeadIds = [.. Enumerable.Range(0, 4000).Select(i => $"lead-{i}")];

    private static PoolRun WeightedRandom(params (string, int)[] members) => new("weighted_random", members);

    private static string? PickFor(PoolRun run, string leadId)
    {
        run.LeadId = leadId;
        return run.Pick()?.RepId;
    }

    [Fact]
    public void the_lead_id_seeds_the_same_numbers_in_any_process()
    {
        // FNV-1a 64 of "lead-1" into SplitMix64, worked out independently of .NET.
        Assert.Equal(0.21797761592052278, SeededRandom.ForLead("lead-1").NextDouble());
    }

    [Fact]
    public void weighted_random_gives_a_lead_the_same_member_every_time_it_is_routed()
    {
        var first = LeadIds.Take(200).Select(id => PickFor(WeightedRandom(("A", 1), ("B", 1), ("C", 1)), id)).ToList();
        var replay = WeightedRandom(("A", 1), ("B", 1), ("C", 1));
        Assert.Equal(first, LeadIds.Take(200).Select(id => PickFor(replay, id)));
        Assert.Equal(3, first.Distinct().Count());
    }

    [Fact]
    public void weighted_random_spreads_leads_in_proportion_to_weight()
    {
        var run = WeightedRandom(("A", 3), ("B", 1));
        var shareOfA = LeadIds.Count(id => PickFor(run, id) == "A") / (double)LeadIds.Length;
        Assert.InRange(shareOfA, 0.73, 0.77);
    }

    [Fact]
    public void weighted_random_never_picks_a_member_with_weight_zero()
    {
        var run = WeightedRandom(("A", 0), ("B", 1), ("C", 2));
        Assert.DoesNotContain("A", LeadIds.Take(500).Select(id => PickFor(run, id)));
        Assert.Equal(EligibilityReasons.WeightZero, run.Candidates()[0].Reason);
    }

    [Fact]
    public void weighted_random_picks_nobody_when_every_weight_is_zero()
    {
        var run = WeightedRandom(("A", 0), ("B", 0));
        Assert.Null(run.Pick());
        Assert.All(run.Candidates(), c => Assert.Equal(EligibilityReasons.WeightZero, c.Reason));
    }

    [Fact]
    public void weighted_random_draws_only_among_eligible_members()
    {
        var run = WeightedRandom(("A", 1), ("B", 5), ("C", 1));
        run.Rep(new Rep { Id = "B", Active = false });
        Assert.Equal(["A", "C"], LeadIds.Take(200).Select(id => PickFor(run, id)).Distinct().Order());
    }

    [Fact]
    public void weighted_random_explains_the_weights_the_draw_and_the_pick()
    {
        var run = WeightedRandom(("A", 3), ("B", 1));
        Assert.Equal("weighted random among A(3), B(1): drew 0.22 → A", run.Pick()!.Why);
    }

    [Fact]
    public void weighted_random_counts_the_assignment_and_keeps_no_rotation()
    {
        var run = WeightedRandom(("A", 3), ("B", 1));
        run.Route(2);
        Assert.Equal(2, run.PoolState.Assignments);
        Assert.Null(run.PoolState.CursorRepId);
        Assert.Empty(run.PoolState.CurrentWeights);
    }
}
