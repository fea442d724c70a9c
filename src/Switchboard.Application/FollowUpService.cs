using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Application;

/// <summary>
/// The changes people make to follow-up work outside routing, for every caller alike (the HTTP endpoints, the console):
/// a task done, a dead letter sent again. Each is published as a live update once stored.
/// </summary>
public sealed class FollowUpService(ISwitchboardStore store, LiveUpdates live, WorkSignals signals, IClock clock)
{
    /// <summary>Marks a task done; null when it is unknown, or not the caller's own when the caller is bound to a rep.</summary>
    public async Task<TaskRecord?> CompleteTaskAsync(string taskId, Caller caller)
    {
        if (caller.RepId is { } rep)
        {
            var mine = await store.ListTasksAsync(new TaskQuery { Owner = rep, IncludeDone = true, Limit = 500 });
            if (mine.All(t => t.Id != taskId)) return null;
        }
        var now = clock.GetCurrentInstant();
        var task = await store.CompleteTaskAsync(taskId, now);
        if (task?.DoneAt == now)
            await live.ShareAsync([new LiveUpdate(LiveUpdateKinds.TaskDone) { At = now, LeadId = task.LeadId, OwnerId = task.OwnerId, ItemId = task.Id }]);
        return task;
    }

    /// <summary>Makes a dead message pending again, due now; false when it is not dead or unknown.</summary>
    public async Task<bool> RetryMessageAsync(long messageId)
    {
        var now = clock.GetCurrentInstant();
        if (!await store.RetryOutboxAsync(messageId, now)) return false;
        signals.Outbox.Poke();
        await live.ShareAsync([new LiveUpdate(LiveUpdateKinds.MessageRetried) { At = now, ItemId = $"{messageId}" }]);
        return true;
    }
}
