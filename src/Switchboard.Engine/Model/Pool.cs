using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>A team or queue that leads are routed into.</summary>
[OmitNulls]
public sealed record Pool
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Strategy { get; init; } = Strategies.RoundRobin;
    public List<PoolMember> Members { get; init; } = [];
    public PoolEligibility Eligibility { get; init; } = new();
    public string WhenNoneEligible { get; init; } = NoneEligible.Unassigned;
    public string? OverflowPool { get; init; }
    public Sla? Sla { get; init; }
    /// <summary>shark_tank: how long members may claim (ISO-8601 duration) before <see cref="AfterWindow"/> assigns.</summary>
    public string? ClaimWindow { get; init; }
    /// <summary>shark_tank: the strategy that assigns an unclaimed lead when the window ends (default round_robin).</summary>
    public string? AfterWindow { get; init; }
    /// <summary>shark_tank: a rep with this many open leads may not claim another.</summary>
    public int? MaxOpenClaims { get; init; }

    /// <summary>The strategy names the engine itself refers to; what a pool may name is registered (<see cref="Registries.Registered.Strategies"/>) plus shark_tank.</summary>
    public static class Strategies
    {
        public const string RoundRobin = "round_robin";
        public const string WeightedRoundRobin = "weighted_round_robin";
        public const string LeastLoaded = "least_loaded";
        public const string SharkTank = "shark_tank";
    }

    public static class NoneEligible
    {
        public const string Queue = "queue";
        public const string Overflow = "overflow";
        public const string Unassigned = "unassigned";
        public static readonly string[] All = [Queue, Overflow, Unassigned];
    }
}

[OmitNulls]
public sealed record PoolMember
{
    public string RepId { get; init; } = "";
    public int Weight { get; init; } = 1;
    /// <summary>Optional explicit order; members without one keep their list position.</summary>
    public int? Order { get; init; }
}

public sealed record PoolEligibility
{
    public bool RequireAvailable { get; init; }
    public bool RespectCapacity { get; init; } = true;
    public List<string> MatchSkills { get; init; } = [];
}
