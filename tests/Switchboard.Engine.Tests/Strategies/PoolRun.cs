using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;
using Switchboard.Engine.Strategies;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Strategies;

/// <summary>A pool routed lead after lead the way the engine does: build candidates, pick, record the assignment.</summary>
internal sealed class PoolRun
{
    private readonly Dictionary<string, CompiledRep> _reps = new(StringComparer.Ordinal);

    public PoolRun(string strategy, params (string RepId, int Weight)[] members)
    {
        foreach (var (repId, _) in members) Rep(new Rep { Id = repId });
        Pool = new Pool { Id = "inbound", Strategy = strategy, Members = [.. members.Select(m => new PoolMember { RepId = m.RepId, Weight = m.Weight })] };
    }

    public PoolRun(string strategy, params string[] members)
        : this(strategy, [.. members.Select(m => (m, 1))])
    {
    }

    public Pool Pool { get; set; }
    public RoutingState State { get; } = new();
    public PoolState PoolState => State.Pool(Pool.Id);
    public Instant Now { get; set; } = At("2026-06-10T03:00:00Z");
    public LeadFacts Lead { get; set; } = TestReps.Lead();
    /// <summary>The id of the lead being routed, which seeds the strategy's random source.</summary>
    public string LeadId { get; set; } = "lead-1";

    public void Rep(Rep rep) => _reps[rep.Id] = CompiledRep.Compile(rep);

    public void Members(params string[] repIds) =>
        Pool = Pool with { Members = [.. repIds.Select(id => Pool.Members.FirstOrDefault(m => m.RepId == id) ?? new PoolMember { RepId = id })] };

    public IReadOnlyList<PoolCandidate> Candidates() => PoolCandidates.Build(Pool, _reps, State, Lead, Now, []);

    /// <summary>The candidates as a compiled configuration builds them (<see cref="CompiledPool"/>).</summary>
    public IReadOnlyList<PoolCandidate> CompiledCandidates(IReadOnlyCollection<string>? excluded = null) =>
        PoolCandidates.Build(CompiledPool.Compile(Pool, _reps, new FieldTable()), State, Lead, Now, excluded ?? []).Candidates;

    public StrategyPick? Pick()
    {
        var context = new StrategyContext(Candidates(), PoolState, State, LeadId, Lead, Now);
        var pick = Registered.Strategies.Get(Pool.Strategy).Pick(context);
        if (pick is not null)
        {
            var load = State.Load(pick.RepId);
            load.Open++;
            load.LastAssignedAt = Now;
        }
        Now += Duration.FromMinutes(1);
        return pick;
    }

    /// <summary>The owners of <paramref name="leads"/> consecutive leads, "-" where nobody was picked.</summary>
    public string Route(int leads) => string.Join(" ", Enumerable.Range(0, leads).Select(_ => Pick()?.RepId ?? "-"));
}
