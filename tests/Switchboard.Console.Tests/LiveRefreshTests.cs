using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Storage;
using Switchboard.Web.Live;

namespace Switchboard.Web.Tests;

/// <summary>How pages keep current: a read once subscribed, then one per burst of notes that matter, with those notes for a page that reads them.</summary>
public sealed class LiveRefreshTests : IDisposable
{
    private static readonly Caller Manager = new("manager", null);
    private static readonly TimeSpan Quiet = LiveRefresh.Pause * 3;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "switchboard-refresh-" + Guid.NewGuid().ToString("N"));
    private readonly SqlStore _store;
    private readonly LiveUpdates _live;
    private readonly Channel<int> _refreshes = Channel.CreateUnbounded<int>();
    private int _count;

    public LiveRefreshTests()
    {
        _store = StoreFactory.Create(null, _dir);
        _live = new LiveUpdates(_store, SystemClock.Instance, NullLogger<LiveUpdates>.Instance);
    }

    [Fact]
    public async Task it_reads_once_as_soon_as_it_is_subscribed_so_a_change_before_that_is_not_missed()
    {
        await using var refresh = Start(update => true);

        Assert.Equal(1, await NextRefreshAsync());
        Assert.Equal(1, _live.Subscribers);
    }

    [Fact]
    public async Task leads_arriving_at_a_hundred_a_second_are_read_at_most_once_per_pause_not_once_each()
    {
        await using var refresh = Start(update => true);
        await NextRefreshAsync();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 100; i++)
        {
            _live.Publish([new LiveUpdate(LiveUpdateKinds.LeadCreated) { LeadId = $"ld_{i}" }]);
            await Task.Delay(10);
        }
        var pauses = (int)(clock.Elapsed / LiveRefresh.Pause);
        await Task.Delay(Quiet);

        Assert.InRange(_count - 1, 1, pauses + 2);
    }

    [Fact]
    public async Task a_note_that_does_not_matter_reads_nothing_and_a_resync_always_reads()
    {
        await using var refresh = Start(update => update.Kind != LiveUpdateKinds.RepStatus);
        await NextRefreshAsync();

        _live.Publish([new LiveUpdate(LiveUpdateKinds.RepStatus)]);
        await Task.Delay(Quiet);
        Assert.Equal(1, _count);

        _live.Publish([LiveUpdate.Resync(SystemClock.Instance.GetCurrentInstant())]);
        Assert.Equal(2, await NextRefreshAsync());
    }

    [Fact]
    public async Task disposing_it_ends_the_subscription()
    {
        var refresh = Start(update => true);
        await NextRefreshAsync();

        await refresh.DisposeAsync();

        Assert.Equal(0, _live.Subscribers);
    }

    private LiveRefresh Start(Func<LiveUpdate, bool> matters) => LiveRefresh.Start(_live, Manager, matters, () =>
    {
        _refreshes.Writer.TryWrite(Interlocked.Increment(ref _count));
        return Task.CompletedTask;
    });

    private async Task<int> NextRefreshAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _refreshes.Reader.ReadAsync(timeout.Token);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The workspace reads the notes themselves: it names who took a lead from them.</summary>
    [Fact]
    public async Task a_page_that_reads_the_notes_gets_those_that_mattered_since_its_last_refresh_in_order_and_none_on_the_first()
    {
        var calls = new List<List<string?>>();
        var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var refresh = LiveRefresh.Start(_live, Caller.System, update => update.Kind == LiveUpdateKinds.LeadAssigned, async notes =>
        {
            calls.Add([.. notes.Select(note => note.LeadId)]);
            if (calls.Count == 1) await published.Task; // all three notes wait, unread, for the next refresh
            else second.TrySetResult();
        });

        _live.Publish([
            new LiveUpdate(LiveUpdateKinds.LeadAssigned) { LeadId = "ld_first" },
            new LiveUpdate(LiveUpdateKinds.LeadChanged) { LeadId = "ld_changed" },
            new LiveUpdate(LiveUpdateKinds.LeadAssigned) { LeadId = "ld_second" },
        ]);
        published.SetResult();

        await second.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([[], ["ld_first", "ld_second"]], calls);
    }
}
