using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Strategies;

public class RoundRobinTests
{
    private static PoolRun Abc() => new(Pool.Strategies.RoundRobin, "A", "B", "C");

    private static readonly OutOfOffice Today = new()
    {
        From = DateTimeOffset.Parse("2026-06-10T00:00:00Z"),
        To = DateTimeOffset.Parse("2026-06-11T00:00:00Z"),
    };

    [Fact]
    public void round_robin_gives_a_b_c_a_b_c_a_for_seven_leads()
    {
        Assert.Equal("A B C A B C A", Abc().Route(7));
    }

    [Fact]
    public void round_robin_skips_inactive_rep()
    {
        var run = Abc();
        run.Rep(new Rep { Id = "B", Active = false });
        Assert.Equal("A C A C", run.Route(4));
    }

    [Fact]
    public void round_robin_skipped_member_loses_that_turn()
    {
        var run = Abc();
        Assert.Equal("A", run.Route(1));
        run.Rep(new Rep { Id = "B", Active = false });
        Assert.Equal("C", run.Route(1));
        run.Rep(new Rep { Id = "B" });
        Assert.Equal("A B C", run.Route(3));
    }

    [Fact]
    public void round_robin_continues_with_the_member_after_a_removed_cursor()
    {
        var run = Abc();
        Assert.Equal("A B", run.Route(2));
        run.Members("A", "C");
        Assert.Equal("C A", run.Route(2));
    }

    [Fact]
    public void round_robin_wraps_to_the_first_member_when_the_removed_cursor_was_last()
    {
        var run = Abc();
        Assert.Equal("A B C", run.Route(3));
        run.Members("A", "B");
        Assert.Equal("A B", run.Route(2));
    }

    [Fact]
    public void round_robin_wraps_to_the_first_member_when_the_cursor_and_its_followers_were_removed()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "A", "B", "C", "D");
        Assert.Equal("A B C D", run.Route(4));
        run.Members("A", "B");
        Assert.Equal("A B", run.Route(2));
    }

    [Fact]
    public void round_robin_keeps_its_place_when_a_member_is_added_before_the_cursor()
    {
        var run = Abc();
        Assert.Equal("A B", run.Route(2));
        run.Rep(new Rep { Id = "Z" });
        run.Members("Z", "A", "B", "C");
        Assert.Equal("C Z A", run.Route(3));
    }

    [Fact]
    public void round_robin_follows_explicit_member_order()
    {
        var run = Abc();
        run.Pool = run.Pool with
        {
            Members = [new PoolMember { RepId = "A", Order = 3 }, new PoolMember { RepId = "B", Order = 1 }, new PoolMember { RepId = "C", Order = 2 }],
        };
        Assert.Equal("B C A B", run.Route(4));
    }

    [Fact]
    public void round_robin_picks_nobody_and_keeps_the_cursor_when_no_member_is_eligible()
    {
        var run = Abc();
        Assert.Equal("A", run.Route(1));
        foreach (var id in new[] { "A", "B", "C" }) run.Rep(new Rep { Id = id, Active = false });
        Assert.Null(run.Pick());
        Assert.Equal(("A", 0, 1L), (run.PoolState.CursorRepId, run.PoolState.CursorPosition, run.PoolState.Assignments));
    }

    [Fact]
    public void round_robin_picks_nobody_from_an_empty_pool()
    {
        Assert.Null(new PoolRun(Pool.Strategies.RoundRobin, Array.Empty<string>()).Pick());
    }

    [Fact]
    public void round_robin_moves_the_cursor_to_the_pick_and_counts_it()
    {
        var run = Abc();
        run.Route(2);
        Assert.Equal(("B", 1, 2L), (run.PoolState.CursorRepId, run.PoolState.CursorPosition, run.PoolState.Assignments));
        Assert.Contains("inbound", run.State.DirtyPools);
    }

    [Fact]
    public void round_robin_explains_whom_it_followed_and_whom_it_skipped()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "kim", "lee", "park");
        Assert.Equal("round robin: first in rotation", run.Pick()!.Why);
        run.Rep(new Rep { Id = "lee", OutOfOffice = [Today] });
        Assert.Equal("round robin: next after kim in rotation (skipped lee: out_of_office)", run.Pick()!.Why);
    }

    [Fact]
    public void round_robin_without_skips_names_whom_it_followed()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "kim", "lee");
        run.Pick();
        Assert.Equal("round robin: next after kim in rotation", run.Pick()!.Why);
        Assert.Equal("round robin: next after lee in rotation", run.Pick()!.Why);
        Assert.Equal("round robin: next after kim in rotation", run.Pick()!.Why);
    }

    [Fact]
    public void round_robin_explains_a_removed_cursor()
    {
        var run = new PoolRun(Pool.Strategies.RoundRobin, "kim", "lee", "park");
        run.Route(2);
        run.Members("kim", "park");
        Assert.Equal("round robin: next after lee (no longer in the pool) in rotation", run.Pick()!.Why);
    }

    [Fact]
    public void round_robin_skips_a_rep_outside_working_hours_when_the_pool_requires_available()
    {
        var run = Abc();
        run.Pool = run.Pool with { Eligibility = Available };
        run.Rep(new Rep { Id = "A", TimeZone = "Europe/Berlin", WorkingHours = Hours(EveryDay, ["09:00", "18:00"]) });
        Assert.Equal("B C B", run.Route(3)); // 05:00-05:02 in Berlin
    }
}
