using Switchboard.Engine.Simulation;
using Switchboard.Application.Reports;

namespace Switchboard.Application.Simulation;

/// <summary>
/// What a replay found: the period and configuration it ran under (<c>configVersion</c> 0 for a draft, as preview), how
/// many leads it routed again; per rep the leads it got under the replayed configuration (<c>draft</c>) and really
/// (<c>real</c>: what the lead's own lead.created decisions gave it, not its owner now); leads whose owner differs;
/// leads left unassigned or waiting in a queue (queued or claimable) under the draft and really; per pool the fairness of
/// the replayed assignments as the distribution report measures it; and up to <see cref="Replay.SampleSize"/> changed leads.
/// </summary>
public sealed record ReplayResult(
    int ConfigVersion, bool Draft, string From, string To, string? Source, int Leads,
    IReadOnlyList<ReplayRepCount> Reps, int OwnersChanged, int Unassigned, int Queued, int RealUnassigned, int RealQueued,
    IReadOnlyList<ReplayPool> Pools, IReadOnlyList<ReplayChange> Changed, string Start, string Fairness);

/// <summary>One rep's leads in the replay (<c>draft</c>) and as they really were assigned (<c>real</c>).</summary>
public sealed record ReplayRepCount(string RepId, string? Name, int Draft, int Real);

/// <summary>
/// A pool's replayed assignments: <c>spread</c> = the largest − the smallest deviation (assigned − expected) of its reps,
/// each rep as the distribution report shows it.
/// </summary>
public sealed record ReplayPool(string PoolId, string? Name, long Assigned, double Spread, IReadOnlyList<RepDistribution> Reps);

/// <summary>A lead whose owner the replay changed, with both outcomes.</summary>
public sealed record ReplayChange(string LeadId, string CreatedAt, RoutingOutcome Real, RoutingOutcome Draft);
