using Switchboard.Application.Routing;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Live;

/// <summary>
/// What one subscriber may see of a note (null: nothing). Admins and managers see every note. A rep sees notes about
/// leads it owns or just lost, the claim boards of its shark-tank pools (their unowned leads, and the change of owner that
/// takes one off a board, naming who took it, so its workspace can say "Taken by 김민지", but not who had it before; never
/// the later changes of a lead another rep owns), its own tasks and presence, configuration changes and resyncs.
/// </summary>
public delegate LiveUpdate? LiveFilter(LiveUpdate update, CompiledConfig config);

public static class LiveFilters
{
    public static readonly LiveFilter Everything = (update, _) => update;

    public static LiveFilter For(Caller caller) => caller.RepId is { } repId ? Rep(repId) : Everything;

    public static LiveFilter Rep(string repId) => (update, config) => update.Kind switch
    {
        LiveUpdateKinds.ConfigChanged or LiveUpdateKinds.Resync => update,
        LiveUpdateKinds.RepStatus => update.ItemId == repId ? update : null,
        LiveUpdateKinds.TaskCreated or LiveUpdateKinds.TaskDone => update.OwnerId == repId ? update : null,
        LiveUpdateKinds.MessageDead or LiveUpdateKinds.MessageRetried => null,
        _ when update.OwnerId == repId || update.PreviousOwnerId == repId => update,
        _ when (update.OwnerId is null || update.Kind == LiveUpdateKinds.LeadAssigned) && OnClaimBoard(config, update.PoolId, repId)
            => update with { PreviousOwnerId = null },
        _ => null,
    };

    private static bool OnClaimBoard(CompiledConfig config, string? poolId, string repId) =>
        poolId is not null && config.Pools.TryGetValue(poolId, out var pool)
        && pool.Strategy == Pool.Strategies.SharkTank && pool.Members.Any(m => m.RepId == repId);
}
