using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Server.Apis.Leads;

namespace Switchboard.Bench;

/// <summary>
/// The engine benchmark's fixture: the compiled reference configuration, the reference leads as JSON text, and
/// one shared routing state. Leads reach the engine as they do in the server: intake parses a request body, and
/// the routing writer routes the commands that are waiting, up to <see cref="MaxGroupCommit"/>, per group commit. <see cref="Arrive"/>
/// is intake's part (parsing, untimed); a decision is one Router.Run of lead.created on the next arrived lead.
/// Loads accumulate over a business day of <see cref="DayLength"/> decisions; <see cref="StartDay"/> (called
/// between days, outside any timing) empties the state, so daily caps shape the routing but never exhaust it.
/// </summary>
internal sealed class EngineWorkload
{
    /// <summary>Wednesday 2026-06-10 07:30 UTC: 16:30 in Tokyo and Seoul, 09:30 in Berlin.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 6, 10, 7, 30);

    /// <summary>Decisions per simulated business day, one per simulated second.</summary>
    public const int DayLength = 2_000;

    /// <summary>The server's largest group commit (<c>Switchboard:MaxGroupCommit</c>): the default leads per arrival.</summary>
    public const int MaxGroupCommit = 256;

    private readonly byte[][] _documents;
    private readonly string[] _ids;
    private readonly Lead[] _arrived;
    private int _arrivedCount;
    private int _routed;
    private int _next;
    private int _today;

    /// <param name="batch">Leads per arrival: how many just-parsed leads the engine routes one after another.</param>
    public EngineWorkload(int leadCount, int batch = MaxGroupCommit, int seed = ReferenceConfig.DefaultSeed)
    {
        _arrived = new Lead[batch];
        Source = ReferenceConfig.Build(seed);
        Config = CompiledConfig.Compile(Source);
        var documents = ReferenceLeads.Generate(leadCount, seed);
        _documents = [.. documents.Select(d => System.Text.Encoding.UTF8.GetBytes(d.ToJsonString(EngineJson.Options)))];
        _ids = [.. documents.Select((_, i) => $"ld_{i:D6}")];
    }

    public RoutingConfig Source { get; }
    public CompiledConfig Config { get; }
    public int LeadCount => _documents.Length;
    public RoutingState State { get; private set; } = new();

    /// <summary>True when the day's decisions are done and <see cref="StartDay"/> is due.</summary>
    public bool DayOver => _today >= DayLength;

    /// <summary>Decisions left in the day that have arrived leads to route.</summary>
    public int Arrived => _arrivedCount - _routed;

    /// <summary>
    /// Intake's part, never timed: parses the next leads of the day (a batch) from their
    /// JSON text and validates them with the server's own <see cref="LeadInput.ValidateCreate"/>, which makes the
    /// data the engine gets, into fresh unowned leads.
    /// </summary>
    public void Arrive()
    {
        var count = Math.Min(_arrived.Length, DayLength - _today);
        for (var i = 0; i < count; i++)
        {
            var now = Start + Duration.FromSeconds(_today + i);
            var body = JsonNode.Parse(_documents[_next])!.AsObject();
            if (LeadInput.ValidateCreate(body, out _, out var data).Count > 0)
                throw new InvalidOperationException($"reference lead {_ids[_next]} fails the server's lead validation");
            _arrived[i] = new Lead { Id = _ids[_next], Data = data, CreatedAt = now, UpdatedAt = now };
            if (++_next == _documents.Length) _next = 0;
        }
        _arrivedCount = count;
        _routed = 0;
    }

    /// <summary>Routes the next arrived lead and returns its decisions (arrives a batch first when none is left).</summary>
    public IReadOnlyList<Decision> Decide() => Decide(out _);

    public IReadOnlyList<Decision> Decide(out Lead lead)
    {
        if (Arrived == 0) Arrive();
        lead = _arrived[_routed++];
        var now = Start + Duration.FromSeconds(_today++);
        return Router.Run(Config, State, lead, new TriggerEvent(Triggers.LeadCreated), now);
    }

    /// <summary>A new business day: an empty routing state; the leads continue where they were.</summary>
    public void StartDay()
    {
        State = new RoutingState();
        _today = 0;
        _arrivedCount = _routed = 0;
    }

    /// <summary>The first day, from the first lead.</summary>
    public void Reset()
    {
        StartDay();
        _next = 0;
    }
}
