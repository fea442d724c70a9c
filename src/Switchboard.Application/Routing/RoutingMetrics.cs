using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;

namespace Switchboard.Application.Routing;

/// <summary>
/// What the routing writer does, as OpenTelemetry instruments (served at <c>/metrics</c> in Prometheus format): commands by
/// outcome, Decisions recorded, group commits (size and duration), failed batches, and the commands waiting.
/// </summary>
public sealed class RoutingMetrics
{
    public const string MeterName = "Switchboard";

    private readonly Meter _meter;
    private readonly Counter<long> _commands;
    private readonly Counter<long> _decisions;
    private readonly Histogram<int> _groupSize;
    private readonly Histogram<double> _groupDuration;
    private readonly Counter<long> _failedGroups;

    public RoutingMetrics(IMeterFactory meters)
    {
        var meter = _meter = meters.Create(MeterName);
        _commands = meter.CreateCounter<long>("switchboard.routing.commands", "{command}", "Routing commands completed, by outcome (created, merged, replayed, updated…)");
        _decisions = meter.CreateCounter<long>("switchboard.routing.decisions", "{decision}", "Decision records made");
        _groupSize = meter.CreateHistogram<int>("switchboard.routing.group.size", "{command}", "Commands per group commit",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });
        _groupDuration = meter.CreateHistogram<double>("switchboard.routing.group.duration", "s", "Time from starting a routing transaction to its commit",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1] });
        _failedGroups = meter.CreateCounter<long>("switchboard.routing.group.failures", "{group}", "Routing transactions that failed (their commands are retried one by one)");
    }

    /// <summary>Reports the length of the writer's queue when metrics are collected.</summary>
    public void ObserveQueue(Func<int> waiting) =>
        _meter.CreateObservableGauge("switchboard.routing.queue", waiting, "{command}", "Routing commands waiting for the writer");

    public void Committed(IReadOnlyList<LeadOutcome> outcomes, long startedAt)
    {
        _groupSize.Record(outcomes.Count);
        _groupDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds);
        long decisions = 0;
        foreach (var outcome in outcomes)
        {
            _commands.Add(1, new KeyValuePair<string, object?>("outcome", Outcome(outcome.Kind)));
            decisions += outcome.Decisions.Count;
        }
        if (decisions > 0) _decisions.Add(decisions);
    }

    public void Failed() => _failedGroups.Add(1);

    /// <summary>Outcome labels: the kinds' names in snake case (NotFound → not_found), made once.</summary>
    private static readonly string[] Outcomes =
        [.. Enum.GetNames<LeadOutcomeKind>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];

    private static string Outcome(LeadOutcomeKind kind) => Outcomes[(int)kind];
}
