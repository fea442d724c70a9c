using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Strategies;

/// <summary>What a strategy reads for one pick: the candidates, the pool's and the routing state, the lead and the instant.</summary>
internal sealed class StrategyContext(
    IReadOnlyList<PoolCandidate> candidates, PoolState pool, RoutingState state, string leadId, LeadFacts lead, Instant now,
    CompiledPool? compiled = null)
{
    private SeededRandom? _random;

    /// <summary>All members in member order with their eligibility.</summary>
    public IReadOnlyList<PoolCandidate> Candidates { get; } = candidates;
    public PoolState Pool { get; } = pool;
    public RoutingState State { get; } = state;
    /// <summary>The lead's values in matching form.</summary>
    public LeadFacts Lead { get; } = lead;
    public Instant Now { get; } = now;

    /// <summary>A random source seeded from the lead id: the same lead draws the same numbers in any process, so a replay repeats the pick.</summary>
    public SeededRandom Random => _random ??= SeededRandom.ForLead(leadId);

    /// <summary>A text made from <paramref name="key"/>, made once per compiled pool (afresh for a pool without one).</summary>
    public string Remembered(string key, Func<string, string> make) => compiled is null ? make(key) : compiled.Remembered(key, make);

    /// <summary>Records the pick of <paramref name="repId"/>: one more assignment in the pool, whose state is then saved.</summary>
    public StrategyPick Picked(string repId, string why)
    {
        Pool.Assignments++;
        State.DirtyPools.Add(Pool.PoolId);
        return new StrategyPick(repId, why);
    }
}
