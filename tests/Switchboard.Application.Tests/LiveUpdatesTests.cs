using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>The in-process hub of live updates: order, slow readers, and what a rep may see.</summary>
public sealed class LiveUpdatesTests : IDisposable
{
    private static readonly CompiledConfig Config = CompiledConfig.Compile(new RoutingConfig
    {
        Version = 1,
        Pools =
        [
            new Pool { Id = "tank", Name = "Tank", Strategy = Pool.Strategies.SharkTank, Members = [new PoolMember { RepId = "kim" }, new PoolMember { RepId = "sato" }] },
            new Pool { Id = "queue", Name = "Queue", Strategy = Pool.Strategies.RoundRobin, Members = [new PoolMember { RepId = "kim" }] },
        ],
    });

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "switchboard-live-" + Guid.NewGuid().ToString("N"));
    private readonly SqlStore _store;
    private readonly LiveUpdates _live;

    /// <summary>On SQLite, which has no other processes to tell: the hub only publishes here.</summary>
    public LiveUpdatesTests()
    {
        _store = StoreFactory.Create(null, _dir);
        _live = new LiveUpdates(_store, SystemClock.Instance, NullLogger<LiveUpdates>.Instance);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static LiveUpdate Lead(string kind, string leadId, string? owner = null, string? previous = null, string? pool = null) =>
        new(kind) { LeadId = leadId, OwnerId = owner, PreviousOwnerId = previous, PoolId = pool };

    private static List<LiveUpdate> Drain(LiveSubscription subscription)
    {
        var read = new List<LiveUpdate>();
        while (subscription.TryRead(out var update)) read.Add(update);
        return read;
    }

    [Fact]
    public void a_subscriber_gets_the_published_notes_numbered_in_publishing_order()
    {
        using var subscription = _live.Subscribe(LiveFilters.Everything);
        _live.Publish([Lead(LiveUpdateKinds.LeadCreated, "ld_1"), Lead(LiveUpdateKinds.LeadAssigned, "ld_2")], Config);
        _live.Publish([Lead(LiveUpdateKinds.LeadChanged, "ld_3")], Config);

        var read = Drain(subscription);

        Assert.Equal(["ld_1", "ld_2", "ld_3"], read.Select(u => u.LeadId));
        Assert.Equal([1L, 2L, 3L], read.Select(u => u.Seq));
    }

    [Fact]
    public void a_reader_that_falls_behind_finds_one_resync_note_instead_of_its_backlog_and_never_holds_up_the_publisher()
    {
        using var slow = _live.Subscribe(LiveFilters.Everything, capacity: 8);
        using var reading = _live.Subscribe(LiveFilters.Everything, capacity: 100_000);

        for (var i = 0; i < 20_000; i++) _live.Publish([Lead(LiveUpdateKinds.LeadCreated, $"ld_{i}")], Config);

        Assert.Equal(20_000, Drain(reading).Count);
        var behind = Drain(slow);
        Assert.True(behind.Count <= 8, $"{behind.Count} notes kept");
        Assert.Equal(LiveUpdateKinds.Resync, behind[0].Kind);
        Assert.All(behind.Skip(1), u => Assert.Equal(LiveUpdateKinds.LeadCreated, u.Kind));
    }

    [Fact]
    public void a_rep_sees_notes_about_its_own_leads_and_the_leads_it_just_lost()
    {
        using var kim = _live.Subscribe(LiveFilters.Rep("kim"));
        _live.Publish(
        [
            Lead(LiveUpdateKinds.LeadCreated, "ld_mine", owner: "kim"),
            Lead(LiveUpdateKinds.LeadCreated, "ld_theirs", owner: "sato"),
            Lead(LiveUpdateKinds.LeadAssigned, "ld_lost", owner: "sato", previous: "kim"),
            Lead(LiveUpdateKinds.LeadChanged, "ld_queued", pool: "queue"),
        ], Config);

        Assert.Equal(["ld_mine", "ld_lost"], Drain(kim).Select(u => u.LeadId));
    }

    [Fact]
    public void a_rep_sees_its_shark_tank_pools_claim_boards_and_who_took_a_lead_but_not_who_had_it()
    {
        using var kim = _live.Subscribe(LiveFilters.Rep("kim"));
        using var mueller = _live.Subscribe(LiveFilters.Rep("mueller"));
        _live.Publish(
        [
            Lead(LiveUpdateKinds.LeadCreated, "ld_up", pool: "tank") with { Status = LeadStatus.Claimable },
            Lead(LiveUpdateKinds.LeadAssigned, "ld_up", owner: "sato", previous: "park", pool: "tank") with { Status = LeadStatus.Assigned },
        ], Config);

        var seen = Drain(kim);
        Assert.Equal([LiveUpdateKinds.LeadCreated, LiveUpdateKinds.LeadAssigned], seen.Select(u => u.Kind));
        Assert.Equal([null, "sato"], seen.Select(u => u.OwnerId));
        Assert.All(seen, u => Assert.Null(u.PreviousOwnerId));
        Assert.Empty(Drain(mueller));
    }

    [Fact]
    public void a_rep_does_not_hear_the_later_changes_of_a_lead_another_rep_took_from_its_claim_board()
    {
        using var kim = _live.Subscribe(LiveFilters.Rep("kim"));
        _live.Publish(
        [
            Lead(LiveUpdateKinds.LeadChanged, "ld_taken", owner: "sato", pool: "tank") with { Status = LeadStatus.Assigned, Stage = "contacted" },
            Lead(LiveUpdateKinds.LeadChanged, "ld_open", pool: "tank") with { Status = LeadStatus.Claimable },
        ], Config);

        Assert.Equal(["ld_open"], Drain(kim).Select(u => u.LeadId));
    }

    [Fact]
    public void a_rep_sees_its_own_tasks_and_presence_but_not_other_reps_or_dead_letters()
    {
        using var kim = _live.Subscribe(LiveFilters.Rep("kim"));
        _live.Publish(
        [
            new LiveUpdate(LiveUpdateKinds.TaskCreated) { OwnerId = "kim", ItemId = "t_mine" },
            new LiveUpdate(LiveUpdateKinds.TaskDone) { OwnerId = "sato", ItemId = "t_theirs" },
            new LiveUpdate(LiveUpdateKinds.RepStatus) { ItemId = "kim" },
            new LiveUpdate(LiveUpdateKinds.RepStatus) { ItemId = "sato" },
            new LiveUpdate(LiveUpdateKinds.MessageDead) { ItemId = "7" },
            new LiveUpdate(LiveUpdateKinds.ConfigChanged) { ItemId = "2" },
        ]);

        Assert.Equal(["t_mine", "kim", "2"], Drain(kim).Select(u => u.ItemId));
    }

    [Fact]
    public void a_disposed_subscription_gets_nothing_more()
    {
        var subscription = _live.Subscribe(LiveFilters.Everything);
        subscription.Dispose();
        _live.Publish([Lead(LiveUpdateKinds.LeadCreated, "ld_1")], Config);

        Assert.Empty(Drain(subscription));
        Assert.Equal(0, _live.Subscribers);
    }

    /// <summary>Measured: 1,000 bytes per open subscription (its channel and queue, filter and list slot).</summary>
    [Fact]
    public void one_open_subscription_costs_less_than_two_kilobytes()
    {
        const int count = 1_000;
        var subscriptions = new List<LiveSubscription>(count);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++) subscriptions.Add(_live.Subscribe(LiveFilters.Rep($"rep{i}")));
        var each = (GC.GetAllocatedBytesForCurrentThread() - before) / count;
        subscriptions.ForEach(s => s.Dispose());

        Assert.True(each < 2_048, $"{each} bytes per subscription");
    }

    [Fact]
    public void the_notes_of_a_large_group_travel_in_payloads_within_the_notify_limit()
    {
        var updates = Enumerable.Range(0, 500)
            .Select(i => Lead(LiveUpdateKinds.LeadAssigned, $"ld_{i:D40}", owner: "佐藤", previous: "김민지", pool: "tank"))
            .ToList();

        var payloads = LiveWire.Encode("origin-a", updates);

        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p) <= Notifications.MaxPayloadBytes));
        var decoded = payloads.Select(LiveWire.Decode).ToList();
        Assert.All(decoded, d => Assert.Equal("origin-a", d.Origin));
        Assert.Equal(updates, decoded.SelectMany(d => d.Updates));
    }
}
