using Dapper;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage.Routing;

// Follow-up effects written with the decisions that caused them, and the timer/queue reads routing needs.
internal sealed partial class SqlRoutingTransaction
{
    /// <summary>
    /// In this order: cancellations (so an Effects that cancels a lead's "sla" timer and starts a new one keeps
    /// the new one), timers, outbox messages (pending, due <paramref name="now"/>, fresh message ids), tasks
    /// (fresh ids), task handovers (every open task of the lead to its new owner, in order), then membership changes in list order (an add of an existing membership is ignored).
    /// Many rows each through ExecuteValuesAsync (per row prepared on SQLite, multi-row on PostgreSQL).
    /// </summary>
    public Task AddEffectsAsync(Effects effects, Instant now, CancellationToken ct = default) => Write(async () =>
    {
        var createdAt = now.ToUnixTimeTicks();

        var cancels = effects.CancelTimers.Distinct().ToList();
        await ExecuteValuesAsync(FollowUpSql.CancelTimersHead, ")", cancels, cancel => [cancel.LeadId, cancel.Kind], ct);

        await ExecuteValuesAsync(FollowUpSql.InsertTimersHead, "", effects.Timers,
            timer => [timer.Kind, timer.LeadId, timer.DueAt.ToUnixTimeTicks(), StoredJson.Write(timer.Payload), createdAt], ct);

        await ExecuteValuesAsync(FollowUpSql.InsertOutboxHead, "", effects.Messages,
            message => [NewId.Message(), message.Channel, message.LeadId, StoredJson.Write(message.Payload), "pending", 0, createdAt, createdAt], ct);

        await ExecuteValuesAsync(FollowUpSql.InsertTasksHead, "", effects.Tasks,
            task => [NewId.Task(), task.Title, task.OwnerId, task.LeadId, task.WorkflowId, createdAt, task.DueAt?.ToUnixTimeTicks()], ct);

        foreach (var handover in effects.TaskHandovers)
            await session.Connection.ExecuteAsync(Command(FollowUpSql.HandOverTasks, new { leadId = handover.LeadId, ownerId = handover.OwnerId }, ct));

        foreach (var change in effects.Memberships) MembershipKinds.Validate(change.Kind);
        foreach (var run in Runs(effects.Memberships))
        {
            if (run[0].Add)
                await ExecuteValuesAsync(FollowUpSql.AddMembersHead, FollowUpSql.AddMembersTail, run,
                    change => [change.Kind, change.TargetId, change.LeadId, createdAt], ct);
            else
                await ExecuteValuesAsync(FollowUpSql.RemoveMembersHead, ")", run,
                    change => [change.Kind, change.TargetId, change.LeadId], ct);
        }
    });

    /// <summary>Deletes the timer if <paramref name="owner"/> holds it; true only for the call that deleted it.</summary>
    public Task<IReadOnlySet<long>> CompleteTimersAsync(IReadOnlyCollection<long> timerIds, string owner, CancellationToken ct = default) => Write(async () =>
    {
        var done = new HashSet<long>();
        foreach (var chunk in timerIds.Distinct().Chunk(ChunkSize))
            done.UnionWith(await session.Connection.QueryAsync<long>(Command(FollowUpSql.DeleteLeasedTimers(store.InListSql("id", "@ids")), new { owner, ids = store.ListParameter(chunk) }, ct)));
        return (IReadOnlySet<long>)done;
    });

    /// <summary>Leads with status queued and this pool_id, oldest first (by seq).</summary>
    public Task<IReadOnlyList<string>> QueuedLeadIdsAsync(string poolId, int limit, CancellationToken ct = default) => Read(async () =>
    {
        var ids = await session.Connection.QueryAsync<string>(
            Command(LeadSql.QueuedInPool, new { poolId, limit = Math.Clamp(limit, 1, SqlStore.MaxPageSize) }, ct));
        return (IReadOnlyList<string>)ids.AsList();
    });

    /// <summary>Consecutive changes of the same direction (all adds or all removes), in order.</summary>
    private static IEnumerable<List<MembershipChange>> Runs(IReadOnlyList<MembershipChange> changes)
    {
        var run = new List<MembershipChange>();
        foreach (var change in changes)
        {
            if (run.Count > 0 && run[0].Add != change.Add)
            {
                yield return run;
                run = [];
            }
            run.Add(change);
        }
        if (run.Count > 0) yield return run;
    }
}
