using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Application.Shadow;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

public sealed class ShadowFeedTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 12, 6, 9, 0);

    private static (NewLead, IReadOnlyList<Decision>) Made(string id) =>
        (new NewLead(new Lead { Id = id, CreatedAt = Created, UpdatedAt = Created, Data = new JsonObject { ["email"] = id + "@example.jp" } }, null),
         [new Decision { At = Created, Trigger = "lead.created", Outcome = "assigned", ChosenRepId = "kim", Why = "rotation", Candidates = [] }]);

    private static bool Poked(WorkSignal signal)
    {
        using var stop = new CancellationTokenSource();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(1), stop.Token);
        var poked = wait.IsCompletedSuccessfully;
        stop.Cancel();
        return poked;
    }

    [Fact]
    public void an_idle_worker_is_woken_once_by_the_next_leads_handed_over()
    {
        var (feed, wake) = (new ShadowFeed(), new WorkSignal());
        feed.Listen(true);
        feed.WakeOnArrival(wake);

        feed.Add([Made("a")]);
        Assert.True(Poked(wake));
        feed.Add([Made("b")]);
        Assert.False(Poked(wake));
    }

    [Fact]
    public void nothing_is_held_and_nobody_woken_while_no_worker_listens()
    {
        var (feed, wake) = (new ShadowFeed(), new WorkSignal());
        feed.WakeOnArrival(wake);

        feed.Add([Made("a")]);

        Assert.False(Poked(wake));
        Assert.Empty(feed.Take([new StoredLeadSeq(1, "a")]));
    }

    [Fact]
    public void leads_are_taken_in_the_stores_order_up_to_the_first_the_feed_lacks_with_their_creation_decisions_heads()
    {
        var feed = new ShadowFeed();
        feed.Listen(true);
        feed.Add([Made("a"), Made("b"), Made("d")]);

        var taken = feed.Take([new StoredLeadSeq(7, "a"), new StoredLeadSeq(8, "b"), new StoredLeadSeq(9, "c"), new StoredLeadSeq(10, "d")]);

        Assert.Equal([("a", 7L), ("b", 8L)], taken.Select(l => (l.Lead.Id, l.Seq)));
        Assert.Equal("a@example.jp", taken[0].Lead.Data["email"]!.GetValue<string>());
        Assert.Equal(("assigned", "kim", ""), (taken[0].Decisions[0].Outcome, taken[0].Decisions[0].ChosenRepId, taken[0].Decisions[0].Why));
        Assert.Empty(feed.Take([new StoredLeadSeq(7, "a")]));
    }
}
