using NodaTime;
using Switchboard.Application.Reports;
using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;
using Switchboard.Storage.Reports;

namespace Switchboard.Application.Simulation;

/// <summary>
/// Sums a replay lead by lead: counts per rep both ways, changed owners and a sample of them, waiting leads, and the
/// replayed pool decisions summed as the distribution report's rollups sum real ones (<see cref="ReportRollups"/>).
/// </summary>
internal sealed class ReplayTally
{
    private readonly CompiledConfig _config;
    private readonly CompiledConfig _live;
    private readonly Dictionary<string, int> _draft = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _real = new(StringComparer.Ordinal);
    private readonly List<ReplayChange> _changed = [];
    private readonly PoolWeights _weights = new();
    private ReportRollups _rollups = new();
    private readonly Dictionary<(string Pool, string Rep, string Reason), DistributionCount> _fairness = [];
    private int _ownersChanged, _unassigned, _queued, _realUnassigned, _realQueued;

    public ReplayTally(CompiledConfig config, CompiledConfig live)
    {
        (_config, _live) = (config, live);
        _weights.Add(config.Version, config.Source);
    }

    public int Leads { get; private set; }

    public void Add(RoutingOutcome real, RoutedLead routed)
    {
        Leads++;
        var draft = RoutingOutcome.Routed(routed);
        Count(_draft, draft.OwnerId);
        Count(_real, real.OwnerId);
        Waiting(draft.Status, ref _unassigned, ref _queued);
        Waiting(real.Status, ref _realUnassigned, ref _realQueued);
        _rollups.Add(routed.Decisions, null, _weights);
        if (draft.OwnerId == real.OwnerId) return;
        _ownersChanged++;
        if (_changed.Count < Replay.SampleSize)
            _changed.Add(new ReplayChange(routed.Lead.Id, routed.Lead.CreatedAt.ToString(), real, draft));
    }

    /// <summary>Folds the batch's rollups (kept per hour, workflow and source) into per pool, rep and reason.</summary>
    public void EndBatch()
    {
        foreach (var (key, sums) in _rollups.Distribution)
        {
            var at = (key.PoolId, key.RepId, key.Reason);
            var count = _fairness.GetValueOrDefault(at) ?? new DistributionCount { PoolId = key.PoolId, RepId = key.RepId, Reason = key.Reason };
            _fairness[at] = count with { Times = count.Times + sums.Times, Assigned = count.Assigned + sums.Assigned, Expected = count.Expected + sums.Expected };
        }
        _rollups = new ReportRollups();
    }

    public ReplayResult Result(ReplayPeriod period, bool draft, string start)
    {
        EndBatch();
        var reps = _config.Reps.Keys.Concat(_draft.Keys).Concat(_real.Keys).Distinct(StringComparer.Ordinal)
            .Select(id => new ReplayRepCount(id, RepName(id), _draft.GetValueOrDefault(id), _real.GetValueOrDefault(id)))
            .OrderBy(r => r.RepId, StringComparer.Ordinal).ToList();
        var pools = _fairness.Values.GroupBy(c => c.PoolId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => PoolDistribution.Of(g.Key, g))
            .Select(p => new ReplayPool(p.PoolId, _config.Pools.GetValueOrDefault(p.PoolId)?.Name, p.Assigned, p.Spread, p.Reps)).ToList();
        return new ReplayResult(_config.Version, draft, period.From.ToString(), period.To.ToString(), period.Source, Leads, reps,
            _ownersChanged, _unassigned, _queued, _realUnassigned, _realQueued, pools, _changed, start, DistributionReport.How);
    }

    private string? RepName(string id) =>
        (_config.Reps.GetValueOrDefault(id) ?? _live.Reps.GetValueOrDefault(id))?.Rep.Name;

    private static void Count(Dictionary<string, int> counts, string? repId)
    {
        if (repId is not null) counts[repId] = counts.GetValueOrDefault(repId) + 1;
    }

    private static void Waiting(string status, ref int unassigned, ref int queued)
    {
        if (status == LeadStatus.Unassigned) unassigned++;
        else if (status is LeadStatus.Queued or LeadStatus.Claimable) queued++;
    }
}
