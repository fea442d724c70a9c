using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

/// <summary>
/// Shadow mode: one draft configuration routing every new lead beside the live one. The run (at most one) and its
/// outcomes are all the feature writes; nothing here touches leads, decisions, routing state, timers or messages.
/// </summary>
public partial interface ISwitchboardStore
{
    /// <summary>
    /// Starts a run, replacing any other (its outcomes are deleted): it will route the leads stored after the newest lead
    /// of this moment (<see cref="ShadowRun.StartSeq"/>), in seq order.
    /// </summary>
    Task<ShadowRun> StartShadowRunAsync(NewShadowRun run, CancellationToken ct = default);

    /// <summary>The run, running or stopped, or null when none was started (or the last was replaced by none).</summary>
    Task<ShadowRun?> GetShadowRunAsync(CancellationToken ct = default);

    /// <summary>Stops the running run at <paramref name="at"/> (its outcomes stay); false when none is running.</summary>
    Task<bool> StopShadowRunAsync(Instant at, CancellationToken ct = default);

    /// <summary>
    /// Takes or renews the running run's lease for <paramref name="owner"/> until <paramref name="until"/>, with one
    /// conditional UPDATE: only when the run is free, already <paramref name="owner"/>'s, or its lease ended by
    /// <paramref name="now"/>. Null when no run is running or another owner holds it.
    /// </summary>
    Task<ShadowRun?> LeaseShadowRunAsync(string owner, Instant now, Instant until, CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="limit"/> leads with seq after <paramref name="afterSeq"/>, oldest (lowest seq) first, each with
    /// the decisions stored at its creation (at = created_at), in the order they were made. Only what routing a lead again
    /// and reading its outcome need is read (see <see cref="ShadowLead"/>).
    /// </summary>
    Task<IReadOnlyList<ShadowLead>> ListLeadsAfterAsync(long afterSeq, int limit, CancellationToken ct = default);

    /// <summary>
    /// The seq and id of up to <paramref name="limit"/> leads after <paramref name="afterSeq"/>, oldest first: the leads
    /// <see cref="ListLeadsAfterAsync"/> would read, without their values or decisions.
    /// </summary>
    Task<IReadOnlyList<StoredLeadSeq>> ListLeadSeqsAfterAsync(long afterSeq, int limit, CancellationToken ct = default);

    /// <summary>
    /// Writes a step's outcomes (its counts of leads, agreed and per rep both ways, and a row for each lead the sides
    /// disagree on), the run's new cursor and state, in one transaction, only if <see cref="ShadowStep.Owner"/>
    /// still holds the run and its cursor is still <see cref="ShadowStep.FromSeq"/>; false (nothing written) otherwise.
    /// </summary>
    Task<bool> SaveShadowStepAsync(ShadowStep step, CancellationToken ct = default);

    /// <summary>The run's figures: totals, per-rep counts both ways, disagreements and the newest of them.</summary>
    Task<ShadowFigures> GetShadowFiguresAsync(string runId, int sample, CancellationToken ct = default);
}

/// <summary>A run to start: the draft (JSON), the live version it runs beside, its starting routing state (JSON).</summary>
public sealed record NewShadowRun(string Id, Instant StartedAt, string? Note, string? Author, int LiveVersion, string Config, string State);

/// <summary>
/// A stored run. <see cref="CursorSeq"/>: the last lead routed (<see cref="StartSeq"/> until the first); <see cref="Routed"/>
/// and <see cref="Agreed"/>: the leads routed, and those on which the draft and live routing agreed.
/// </summary>
public sealed record ShadowRun(
    string Id, Instant StartedAt, Instant? StoppedAt, string? Note, string? Author, int LiveVersion, string Config, string State,
    long StartSeq, long CursorSeq, long Routed, long Agreed, string? Owner, Instant? LeaseUntil)
{
    public bool Running => StoppedAt is null;
}

/// <summary>
/// A stored lead for the shadow to route, its seq, and the decisions made when it was created. Read lean: the lead has its
/// id, external id, values and creation time (none of what routing or work gave it, which routing it again drops anyway);
/// each decision its time, trigger, workflow, pool, chosen rep and outcome (no why, no candidates).
/// </summary>
public sealed record ShadowLead(Lead Lead, long Seq, IReadOnlyList<Decision> Decisions)
{
    /// <summary>A lead from its stored values (<paramref name="data"/>: the JSON as stored, read into a lead of its own).</summary>
    public static ShadowLead Of(long seq, string id, string? externalId, Instant createdAt, string data, string? formId, IReadOnlyList<Decision> decisions) =>
        new(new Lead { Id = id, ExternalId = externalId, Data = Rows.StoredJson.ReadObject(data), CreatedAt = createdAt, UpdatedAt = createdAt, FormId = formId },
            seq, decisions);
}

/// <summary>A stored lead's place in the order leads were stored, and its id.</summary>
public sealed record StoredLeadSeq(long Seq, string Id);

/// <summary>What one lead got: live (at its creation) and under the draft.</summary>
public sealed record ShadowOutcome(
    string LeadId, long Seq, Instant CreatedAt, ShadowSide Live, ShadowSide Shadow, bool Agreed);

/// <summary>One side of an outcome: owner, pool, status and (under the draft) the workflow that decided.</summary>
public sealed record ShadowSide(string? OwnerId, string? PoolId, string Status, string? WorkflowId = null);

/// <summary>
/// One step of a run: the outcomes of the leads after <see cref="FromSeq"/> up to <see cref="ToSeq"/>, and the state
/// after them; the lease is renewed to <see cref="LeaseUntil"/>.
/// </summary>
public sealed record ShadowStep(string RunId, string Owner, long FromSeq, long ToSeq, string State, Instant LeaseUntil, IReadOnlyList<ShadowOutcome> Outcomes);

/// <summary>A run's figures: leads compared, how many agreed, leads per rep both ways, and the disagreements.</summary>
public sealed record ShadowFigures(
    long Leads, long Agreed, IReadOnlyList<ShadowRepCount> Live, IReadOnlyList<ShadowRepCount> Shadow, long Disagreements, IReadOnlyList<ShadowOutcome> Sample);

/// <summary>Leads a rep got (<see cref="RepId"/> null: leads nobody got).</summary>
public sealed record ShadowRepCount(string? RepId, long Leads);
