using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Storage;
using Switchboard.Web.Live;

namespace Switchboard.Web.Tests;

/// <summary>The workspace's live notes: it reads them through <see cref="LiveRefresh"/>, which hands it the notes that mattered (it names who took a lead).</summary>
public sealed class WorkLiveNotesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "switchboard-work-live-" + Guid.NewGuid().ToString("N"));
    private readonly SqlStore _store;
    private readonly LiveUpdates _live;

    public WorkLiveNotesTests()
    {
        _store = StoreFactory.Create(null, _directory);
        _live = new LiveUpdates(_store, SystemClock.Instance, NullLogger<LiveUpdates>.Instance);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task a_refresh_gets_the_notes_that_mattered_since_the_last_one_in_order_and_the_first_gets_none()
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
