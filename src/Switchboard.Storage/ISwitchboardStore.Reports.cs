using NodaTime;

namespace Switchboard.Storage;

/// <summary>The reports' reads: rollups written by routing, and indexed reads of leads and deals. They write nothing.</summary>
public partial interface ISwitchboardStore
{
    /// <summary>Pool decisions' candidates summed per pool, rep and reason over the filter's hours (see <see cref="DistributionCount"/>).</summary>
    Task<IReadOnlyList<DistributionCount>> GetDistributionAsync(ReportFilter filter, CancellationToken ct = default);

    /// <summary>Assignments, SLA breaches, reassignments after a breach and escalations per pool and rep over the filter's hours.</summary>
    Task<IReadOnlyList<SlaCount>> GetSlaCountsAsync(ReportFilter filter, CancellationToken ct = default);

    /// <summary>
    /// Folds the hourly rollups of the whole UTC days from the watermark up to the start of <paramref name="until"/>'s UTC day
    /// into the daily ones (empty days skipped), 31 days per write transaction, moving the watermark with each; returns the
    /// watermark (the first UTC day not folded; the epoch for none). The watermark only moves forward, and only from what the
    /// folder read, so a day is never folded twice. Call it for days whose hours no longer change (an hour after the day).
    /// </summary>
    Task<Instant> FoldReportDaysAsync(Instant until, CancellationToken ct = default);

    /// <summary>The leads created in the filter's period (pool = the pool that gave the current owner, rep = the owner), in created order; the workflow filter does not apply.</summary>
    /// <remarks>Streamed to <paramref name="each"/> in blocks of columns, one block refilled for the whole read (a million leads are never held in memory at once).</remarks>
    Task ReadReportLeadsAsync(ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct = default);

    /// <summary>The leads created in the filter's period counted per current stage (filters as <see cref="ReadReportLeadsAsync"/>), counted by the database.</summary>
    Task<IReadOnlyList<LeadStageCount>> GetLeadStageCountsAsync(ReportFilter filter, CancellationToken ct = default);

    /// <summary>Deals created in the filter's period (rep = the deal's owner; pool and source those of its lead), counted and summed per pipeline, stage and status.</summary>
    Task<IReadOnlyList<DealCount>> GetDealCountsAsync(ReportFilter filter, CancellationToken ct = default);

    /// <summary>Won and lost deals closed in the filter's period (filters as <see cref="GetDealCountsAsync"/>), per their lead's source and per each campaign their lead is in ("" for none).</summary>
    Task<IReadOnlyList<DealOutcome>> GetDealOutcomesAsync(ReportFilter filter, CancellationToken ct = default);
}

/// <summary>
/// A report's period [From, To) and filters (null = all). Rollups are kept per UTC hour: they count the hours that start
/// in the period, which is the period exactly when its bounds are whole UTC hours (every zone whose offset is whole hours).
/// </summary>
public sealed record ReportFilter(Instant From, Instant To, string? Pool = null, string? Rep = null, string? Source = null, string? Workflow = null);

/// <summary>
/// One pool, rep and reason: <c>Reason</c> "" counts the decisions in which the rep was eligible (<c>Times</c>), those that
/// chose it (<c>Assigned</c>) and the sum of its shares of the decisions that assigned someone (<c>Expected</c>); any other
/// reason counts the decisions that skipped the rep for it (<c>Times</c>).
/// </summary>
public sealed record DistributionCount
{
    public string PoolId { get; init; } = "";
    public string RepId { get; init; } = "";
    public string Reason { get; init; } = "";
    public long Times { get; init; }
    public long Assigned { get; init; }
    public double Expected { get; init; }
}

/// <summary>Pool "" = assignments not made by a pool (a direct rep, an account owner, a manual assignment).</summary>
public sealed record SlaCount
{
    public string PoolId { get; init; } = "";
    public string RepId { get; init; } = "";
    public long Assignments { get; init; }
    public long Breaches { get; init; }
    public long Reassignments { get; init; }
    public long Escalations { get; init; }
}

/// <summary>One lead of a <see cref="ReportLeadBlock"/>; instants in Unix ticks, <c>Source</c> "" for none, <c>StatusAssigned</c>: its status is <c>assigned</c>.</summary>
public readonly record struct ReportLead(long CreatedAt, long? AssignedAt, long? FirstTouchAt, string? OwnerId, string? PoolId, string Source, bool StatusAssigned);

public sealed record LeadStageCount
{
    public string Stage { get; init; } = "";
    public long Count { get; init; }
}

public sealed record DealCount
{
    public string Pipeline { get; init; } = "";
    public string Stage { get; init; } = "";
    public string Status { get; init; } = "";
    public long Count { get; init; }
    public double Amount { get; init; }
}

/// <summary>Won or lost deals of one source or campaign: <c>Dimension</c> is "source" or "campaign", <c>Name</c> its value ("" for none).</summary>
public sealed record DealOutcome
{
    public string Dimension { get; init; } = "";
    public string Name { get; init; } = "";
    public string Status { get; init; } = "";
    public long Count { get; init; }
    public double Amount { get; init; }
}
