using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Storage;
using Switchboard.Web.Live;

namespace Switchboard.Web.Tests;

/// <summary>The workspace's live notes: it reads them through <see cref="LiveRefresh"/>, which hands it every note (it names who took a lead).</summary>
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
    public async Task a_refresh_gets_every_note_read_since_the_last_one_also_those_that_did_not_matter_alone()
    {
        var refreshed = new TaskCompletionSource<List<string?>>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var refresh = LiveRefresh.Start(_live, Caller.System, update => update.Kind == LiveUpdateKinds.LeadAssigned, notes =>
        {
            refreshed.TrySetResult(notes.Select(note => note.LeadId).ToList());
            return Task.CompletedTask;
        });

        _live.Publish([new LiveUpdate(LiveUpdateKinds.LeadChanged) { LeadId = "ld_changed" }]);
        _live.Publish([new LiveUpdate(LiveUpdateKinds.LeadAssigned) { LeadId = "ld_assigned" }]);

        Assert.Equal(["ld_changed", "ld_assigned"], await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
