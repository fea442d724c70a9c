using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

// What a replay reads: none of it takes the routing lock.
public partial interface ISwitchboardStore
{
    /// <summary>
    /// A replay's next batch: the leads created in [<paramref name="from"/>, <paramref name="to"/>) (of <paramref name="source"/>
    /// when given) after <paramref name="after"/> in (created_at, seq) order, at most <paramref name="limit"/>, each with only
    /// what routing it again reads (<see cref="ReplayLead"/>) and the leading run of its lead.created decisions, read for what
    /// they did (trigger, outcome, workflow, pool, chosen rep; no why, no candidates). Both reads see one snapshot.
    /// </summary>
    Task<ReplayBatch> ListReplayLeadsAsync(Instant from, Instant to, string? source, ReplayKey? after, int limit, CancellationToken ct = default);

    /// <summary>How many leads were created in [<paramref name="from"/>, <paramref name="to"/>), of <paramref name="source"/> when given.</summary>
    Task<int> CountLeadsCreatedAsync(Instant from, Instant to, string? source, CancellationToken ct = default);

    /// <summary>
    /// The rep loads history tells as of <paramref name="before"/>: per owner, its leads assigned before then that are
    /// still open now; and the assignments made in [<paramref name="since"/>, <paramref name="before"/>) to the owners
    /// those leads have now (a lead's latest assignment only: leads keep no older ones).
    /// </summary>
    Task<AssignmentHistory> GetAssignmentHistoryAsync(Instant before, Instant since, CancellationToken ct = default);
}

/// <summary>Open leads per owner, and recent assignments as (owner, assigned at in Unix ticks).</summary>
public sealed record AssignmentHistory(IReadOnlyDictionary<string, int> OpenByOwner, IReadOnlyList<(string OwnerId, long AssignedAt)> Recent);

/// <summary>Where a replay's batch ended: the last lead's creation time (Unix ticks) and seq.</summary>
public readonly record struct ReplayKey(long CreatedAt, long Seq);

/// <summary>
/// A stored lead as a replay routes it again: its id, external id, creation time and data (parsed for this read alone,
/// the caller's to change), <see cref="Intake"/>: the decisions its intake stored, heads only, and the web form it came through.
/// </summary>
public sealed record ReplayLead(string Id, string? ExternalId, Instant CreatedAt, JsonObject Data, IReadOnlyList<Decision> Intake, string? FormId);

/// <summary>A batch of a replay's leads, oldest first; <see cref="Next"/> continues after it, null when it was the last.</summary>
public sealed record ReplayBatch(IReadOnlyList<ReplayLead> Leads, ReplayKey? Next);
