using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Strategies;

public class LeastLoadedTests
{
    private static PoolRun Abc(params (string RepId, int Open, string? LastAssignedAt)[] loads)
    {
        var run = new PoolRun(Pool.Strategies.LeastLoaded, "A", "B", "C");
        foreach (var (repId, open, last) in loads)
        {
            var load = run.State.Load(repId);
            load.Open = open;
            load.LastAssignedAt = last is null ? null : At(last);
        }
        return run;
    }

    [Fact]
    public void least_loaded_picks_the_member_with_fewest_open_leads()
    {
        Assert.Equal("C", Abc(("A", 3, null), ("B", 2, null), ("C", 1, null)).Pick()!.RepId);
    }

    [Fact]
    public void least_loaded_breaks_ties_by_earliest_last_assignment()
    {
        var run = Abc(("A", 2, "2026-06-10T02:00:00Z"), ("B", 2, "2026-06-10T01:00:00Z"), ("C", 5, "2026-06-01T00:00:00Z"));
        Assert.Equal("B", run.Pick()!.RepId);
    }

    [Fact]
    public void least_loaded_counts_never_assigned_as_earliest()
    {
        Assert.Equal("C", Abc(("A", 1, "2026-06-10T02:00:00Z"), ("B", 1, "2026-06-01T00:00:00Z"), ("C", 1, null)).Pick()!.RepId);
    }

    [Fact]
    public void least_loaded_breaks_remaining_ties_by_member_order()
    {
        Assert.Equal("A B C A", Abc().Route(4));
    }

    [Fact]
    public void least_loaded_skips_ineligible_members()
    {
        var run = Abc(("A", 0, null), ("B", 4, null), ("C", 4, null));
        run.Rep(new Rep { Id = "A", Active = false });
        Assert.Equal("B", run.Pick()!.RepId);
    }

    [Fact]
    public void least_loaded_counts_the_pick_but_moves_no_rotation()
    {
        var run = Abc();
        run.Route(2);
        Assert.Equal((null, -1, 0, 2L), (run.PoolState.CursorRepId, run.PoolState.CursorPosition, run.PoolState.CurrentWeights.Count, run.PoolState.Assignments));
    }

    [Fact]
    public void least_loaded_explains_the_open_lead_count()
    {
        Assert.Equal("least loaded: 2 open leads, fewest in pool", Abc(("A", 3, null), ("B", 2, null), ("C", 4, null)).Pick()!.Why);
    }

    [Fact]
    public void least_loaded_explains_a_tie_broken_by_last_assignment()
    {
        var run = Abc(("A", 1, "2026-06-10T02:00:00Z"), ("B", 1, "2026-06-10T01:00:00Z"), ("C", 4, null));
        Assert.Equal("least loaded: 1 open lead, tied with A; longest since last assignment", run.Pick()!.Why);
    }

    [Fact]
    public void least_loaded_picks_nobody_when_no_member_is_eligible()
    {
        var run = Abc();
        foreach (var id in new[] { "A", "B", "C" }) run.Rep(new Rep { Id = id, Active = false });
        Assert.Null(run.Pick());
        Assert.Equal(0, run.PoolState.Assignments);
    }
}
