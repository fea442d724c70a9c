using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Switchboard.Bench.Intake;

/// <summary>
/// intake --shadow-ab K: after the warm-up, the measured leads in 2K phases on one server, alternating without and with a
/// shadow run of the live configuration (stopped before each phase without, started afresh before each phase with) in
/// the order without, with, with, without, …, so the other load on a shared machine, the growing database and the JIT
/// weigh on both alike. A phase with shadow ends, for its CPU, when the
/// shadow has routed every lead of the phase (its leads/s and latencies are those of the POSTs alone).
/// </summary>
public static class ShadowAlternation
{
    public static async Task<string> RunAsync(HttpClient http, BenchServer server, byte[][] bodies, int offset, IntakeOptions options, Answers answers)
    {
        var per = options.Leads / (2 * options.ShadowPairs);
        var sides = new[] { new Side("without shadow"), new Side("with shadow") };
        for (var phase = 0; phase < 2 * options.ShadowPairs; phase++)
        {
            var shadow = (phase % 2 == 1) ^ (phase / 2 % 2 == 1); // without, with, with, without, …: neither side always goes first
            if (shadow) await IntakeBench.StartShadowAsync(http, BenchConfig.Json());
            var cpu = server.CpuTime;
            var run = await LoadRun.RunAsync(http, bodies, offset + phase * per, per, options.Clients, answers);
            if (shadow) await CaughtUpAsync(http, per);
            sides[shadow ? 1 : 0].Add(run, server.CpuTime - cpu);
            if (shadow) (await http.DeleteAsync("/api/config/shadow")).EnsureSuccessStatusCode();
        }
        var (off, on) = (sides[0], sides[1]);
        return string.Join(Environment.NewLine, sides.Select(s => s.Line(options))) + Environment.NewLine +
               $"shadow's cost to intake: server CPU per lead {Change(on.CpuPerLead, off.CpuPerLead)}, leads/s {Change(on.LeadsPerSecond, off.LeadsPerSecond)} " +
               $"({options.ShadowPairs} pairs of {Figures.N(per)} leads, {options.Clients} clients)";
    }

    private static string Change(double with, double without) => $"{(with / without - 1) * 100:+0.0;-0.0} %";

    private static async Task CaughtUpAsync(HttpClient http, int leads)
    {
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var response = await http.GetAsync("/api/config/shadow");
            if (response.StatusCode == HttpStatusCode.OK &&
                JsonNode.Parse(await response.Content.ReadAsStringAsync())?["leadsRouted"]?.GetValue<long>() >= leads) return;
            await Task.Delay(20);
        }
        throw new TimeoutException("the shadow did not catch up within 60 s");
    }

    private sealed class Side(string name)
    {
        private readonly List<double> _latencies = [];
        private int _leads;
        private TimeSpan _elapsed, _cpu;

        public double CpuPerLead => _cpu.TotalMicroseconds / _leads;
        public double LeadsPerSecond => _leads / _elapsed.TotalSeconds;

        public void Add(PhaseResult run, TimeSpan cpu)
        {
            (_leads, _elapsed, _cpu) = (_leads + run.Leads, _elapsed + run.Elapsed, _cpu + cpu);
            _latencies.AddRange(run.LatenciesMs);
        }

        public string Line(IntakeOptions options)
        {
            var latency = LatencySummary.From(_latencies);
            return $"intake {options.Db} {name}: {Figures.N(LeadsPerSecond)} leads/s, p50 {Figures.Ms(latency.P50)}, p99 {Figures.Ms(latency.P99)}, " +
                   $"server CPU per lead {CpuPerLead:0} µs";
        }
    }
}
