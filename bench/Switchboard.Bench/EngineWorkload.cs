using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Bench;

/// <summary>
/// The engine benchmark's fixture: the compiled reference configuration, pre-parsed leads and one shared
/// routing state. A decision is one Router.Run of lead.created on the next lead (cycling through the leads).
/// Loads accumulate over a business day of <see cref="DayLength"/> decisions; <see cref="StartDay"/> (called
/// between days, outside any timing) empties the state, so daily caps shape the routing but never exhaust it.
/// </summary>
internal sealed class EngineWorkload
{
    /// <summary>Wednesday 2026-06-10 07:30 UTC: 16:30 in Tokyo and Seoul, 09:30 in Berlin.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 6, 10, 7, 30);

    /// <summary>Decisions per simulated business day, one per simulated second.</summary>
    public const int DayLength = 2_000;

    private int _next;
    private int _today;

    public EngineWorkload(int leadCount, int seed = ReferenceConfig.DefaultSeed)
    {
        Source = ReferenceConfig.Build(seed);
        Config = CompiledConfig.Compile(Source);
        var targets = ReferenceConfig.SetFieldTargets;
        // Parsed from JSON text, as intake hands leads to the engine (values backed by the parsed document).
        Leads = [.. ReferenceLeads.Generate(leadCount, seed).Select((document, i) => new LeadSample(
            $"ld_{i:D6}", JsonNode.Parse(document.ToJsonString(EngineJson.Options))!.AsObject(), targets))];
    }

    public RoutingConfig Source { get; }
    public CompiledConfig Config { get; }
    public LeadSample[] Leads { get; }
    public RoutingState State { get; private set; } = new();

    /// <summary>True when the day's decisions are done and <see cref="StartDay"/> is due.</summary>
    public bool DayOver => _today >= DayLength;

    /// <summary>Routes the next lead (a fresh, unowned lead.created) and returns its decisions.</summary>
    public IReadOnlyList<Decision> Decide() => Decide(out _);

    public IReadOnlyList<Decision> Decide(out Lead lead)
    {
        var now = Start + Duration.FromSeconds(_today++);
        lead = Leads[_next].Fresh(now);
        var decisions = Router.Run(Config, State, lead, new TriggerEvent(Triggers.LeadCreated), now);
        if (++_next == Leads.Length) _next = 0;
        return decisions;
    }

    /// <summary>A new business day: an empty routing state; the leads continue where they were.</summary>
    public void StartDay()
    {
        State = new RoutingState();
        _today = 0;
    }

    /// <summary>The first day, from the first lead.</summary>
    public void Reset()
    {
        StartDay();
        _next = 0;
    }
}
