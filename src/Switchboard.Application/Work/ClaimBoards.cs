using Switchboard.Application.Routing;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Work;

/// <summary>
/// The claim boards of shark-tank pools: each pool's claimable leads, oldest first. A caller bound to a rep sees the
/// boards of its own pools only (another pool is not found), with how many open leads it has against the pool's cap.
/// </summary>
public sealed class ClaimBoards(ConfigService configs, ISwitchboardStore store)
{
    /// <summary>One pool's board; null when the pool does not exist or the caller is a rep that is not a member.</summary>
    public async Task<ClaimBoard?> OfPoolAsync(string poolId, Caller caller)
    {
        var pool = (await configs.CurrentAsync()).Source.Pools.FirstOrDefault(p => p.Id == poolId);
        if (pool is null || (caller.RepId is { } rep && pool.Members.All(m => m.RepId != rep))) return null;
        return await BoardAsync(pool, 0);
    }

    /// <summary>The boards of every shark-tank pool the caller's rep is a member of.</summary>
    public async Task<IReadOnlyList<ClaimBoard>> OfRepAsync(Caller caller)
    {
        if (caller.RepId is not { Length: > 0 } rep) return [];
        var pools = (await configs.CurrentAsync()).Source.Pools
            .Where(p => p.Strategy == Pool.Strategies.SharkTank && p.Members.Any(m => m.RepId == rep)).ToList();
        if (pools.Count == 0) return [];
        var open = (await store.GetRepLoadsAsync()).TryGetValue(rep, out var load) ? load.Open : 0;
        var boards = new List<ClaimBoard>(pools.Count);
        foreach (var pool in pools) boards.Add(await BoardAsync(pool, open));
        return boards;
    }

    private async Task<ClaimBoard> BoardAsync(Pool pool, int open)
    {
        var page = await store.ListLeadsAsync(new LeadQuery { PoolId = pool.Id, Status = LeadStatus.Claimable, Limit = 500 });
        return new ClaimBoard(pool, [.. page.Items.OrderBy(l => l.CreatedAt)], open);
    }
}

/// <param name="OpenLeads">The rep's open leads, which the pool's <see cref="Pool.MaxOpenClaims"/> caps (0 when the board was not read for a rep).</param>
public sealed record ClaimBoard(Pool Pool, IReadOnlyList<Lead> Leads, int OpenLeads);
