using System.Data;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Rows;

/// <summary>Shadow mode's statements; both dialects read them as they are.</summary>
internal static class ShadowSql
{
    private const string RunColumns =
        "id AS Id, started_at AS StartedAt, stopped_at AS StoppedAt, note AS Note, author AS Author, live_version AS LiveVersion, " +
        "config AS Config, state AS State, start_seq AS StartSeq, cursor_seq AS CursorSeq, routed AS Routed, agreed AS Agreed, owner AS Owner, " +
        "lease_until AS LeaseUntil";

    public const string DeleteRuns = "DELETE FROM shadow_outcomes; DELETE FROM shadow_rep_counts; DELETE FROM shadow_runs";

    /// <summary>The run starts after the newest lead committed now: leads stored later are the ones it routes.</summary>
    public const string InsertRun =
        "INSERT INTO shadow_runs (id, started_at, note, author, live_version, config, state, start_seq, cursor_seq, routed) " +
        "SELECT @Id, @startedAt, @Note, @Author, @LiveVersion, @Config, @State, m.seq, m.seq, 0 FROM (SELECT COALESCE(MAX(seq), 0) AS seq FROM leads) m " +
        $"RETURNING {RunColumns}";

    public const string SelectRun = $"SELECT {RunColumns} FROM shadow_runs ORDER BY started_at DESC LIMIT 1";

    public const string StopRun = "UPDATE shadow_runs SET stopped_at = @at, owner = NULL, lease_until = NULL WHERE stopped_at IS NULL";

    public const string LeaseRun =
        "UPDATE shadow_runs SET owner = @owner, lease_until = @until " +
        "WHERE stopped_at IS NULL AND (owner IS NULL OR owner = @owner OR lease_until IS NULL OR lease_until <= @now) " +
        $"RETURNING {RunColumns}";

    /// <summary>What routing a lead again reads of it (<see cref="ShadowLeadRow"/>).</summary>
    public const string LeadsAfter =
        "SELECT id AS Id, seq AS Seq, external_id AS ExternalId, created_at AS CreatedAt, data AS Data, form_id AS FormId " +
        "FROM leads WHERE seq > @afterSeq ORDER BY seq LIMIT @limit";

    public const string LeadSeqsAfter = "SELECT seq, id FROM leads WHERE seq > @afterSeq ORDER BY seq LIMIT @limit";

    /// <summary>
    /// The decisions stored with the leads of seq (afterSeq, lastSeq] when they were created, in order, read for what they
    /// did (<see cref="DecisionHead"/>, as replay reads them: their why and candidates are never parsed).
    /// </summary>
    public const string CreationDecisions =
        "SELECT d.lead_id, d.at, d.document " +
        "FROM leads l JOIN decisions d ON d.lead_id = l.id AND d.at = l.created_at " +
        "WHERE l.seq > @afterSeq AND l.seq <= @lastSeq ORDER BY d.id";

    /// <summary>Moves the cursor only for the lease holder and only from where the step began: a step runs once.</summary>
    public const string MoveCursor =
        "UPDATE shadow_runs SET cursor_seq = @ToSeq, state = @State, routed = routed + @routed, agreed = agreed + @agreed, lease_until = @until " +
        "WHERE id = @id AND owner = @Owner AND cursor_seq = @FromSeq AND stopped_at IS NULL";

    /// <summary>
    /// One disagreement's row, executed once per row (<see cref="SqlStore.ExecuteRowsAsync"/>: one prepared statement on
    /// SQLite, one batch on PostgreSQL). A multi-row INSERT of many rows binds a dozen named parameters each, and SQLite
    /// finds each name by a linear search. Agreeing leads have no row, only counts (<see cref="AddRepCount"/>).
    /// </summary>
    public static readonly RowStatement InsertOutcome = new(
        "INSERT INTO shadow_outcomes (run_id, lead_id, seq, created_at, live_owner_id, live_pool_id, live_status, " +
        "shadow_owner_id, shadow_pool_id, shadow_status, shadow_workflow_id, agreed) VALUES (@RunId, @LeadId, @Seq, @CreatedAt, " +
        "@LiveOwnerId, @LivePoolId, @LiveStatus, @ShadowOwnerId, @ShadowPoolId, @ShadowStatus, @ShadowWorkflowId, 0)",
        [
            new("@RunId", DbType.String), new("@LeadId", DbType.String), new("@Seq", DbType.Int64), new("@CreatedAt", DbType.Int64),
            new("@LiveOwnerId", DbType.String), new("@LivePoolId", DbType.String), new("@LiveStatus", DbType.String),
            new("@ShadowOwnerId", DbType.String), new("@ShadowPoolId", DbType.String), new("@ShadowStatus", DbType.String),
            new("@ShadowWorkflowId", DbType.String),
        ]);

    public static object?[] Values(string runId, ShadowOutcome o) =>
    [
        runId, o.LeadId, o.Seq, o.CreatedAt.ToUnixTimeTicks(), o.Live.OwnerId, o.Live.PoolId, o.Live.Status,
        o.Shadow.OwnerId, o.Shadow.PoolId, o.Shadow.Status, o.Shadow.WorkflowId,
    ];

    /// <summary>Adds a step's leads to a rep's count on one side ('live' or 'shadow'; rep '' for the leads no rep got).</summary>
    public static readonly RowStatement AddRepCount = new(
        "INSERT INTO shadow_rep_counts (run_id, side, rep_id, leads) VALUES (@RunId, @Side, @RepId, @Leads) " +
        "ON CONFLICT (run_id, side, rep_id) DO UPDATE SET leads = shadow_rep_counts.leads + excluded.leads",
        [new("@RunId", DbType.String), new("@Side", DbType.String), new("@RepId", DbType.String), new("@Leads", DbType.Int64)]);

    /// <summary>A step's leads per rep on both sides, as <see cref="AddRepCount"/>'s rows.</summary>
    public static IEnumerable<object?[]> RepCounts(string runId, IReadOnlyList<ShadowOutcome> outcomes) =>
        outcomes.Select(o => ("live", o.Live.OwnerId ?? "")).Concat(outcomes.Select(o => ("shadow", o.Shadow.OwnerId ?? "")))
            .CountBy(side => side).Select(count => new object?[] { runId, count.Key.Item1, count.Key.Item2, (long)count.Value });

    public const string Totals = "SELECT routed AS Leads, agreed AS Agreed FROM shadow_runs WHERE id = @runId";

    public const string PerRep =
        "SELECT side AS Side, rep_id AS RepId, leads AS Leads FROM shadow_rep_counts WHERE run_id = @runId ORDER BY side, rep_id";

    public const string Sample =
        "SELECT lead_id AS LeadId, seq AS Seq, created_at AS CreatedAt, live_owner_id AS LiveOwnerId, live_pool_id AS LivePoolId, " +
        "live_status AS LiveStatus, shadow_owner_id AS ShadowOwnerId, shadow_pool_id AS ShadowPoolId, shadow_status AS ShadowStatus, " +
        "shadow_workflow_id AS ShadowWorkflowId FROM shadow_outcomes WHERE run_id = @runId AND agreed = 0 ORDER BY seq DESC LIMIT @sample";
}

internal sealed class ShadowRunRow
{
    public string Id { get; set; } = "";
    public long StartedAt { get; set; }
    public long? StoppedAt { get; set; }
    public string? Note { get; set; }
    public string? Author { get; set; }
    public long LiveVersion { get; set; }
    public string Config { get; set; } = "";
    public string State { get; set; } = "";
    public long StartSeq { get; set; }
    public long CursorSeq { get; set; }
    public long Routed { get; set; }
    public long Agreed { get; set; }
    public string? Owner { get; set; }
    public long? LeaseUntil { get; set; }

    public ShadowRun ToRun() => new(Id, Instant.FromUnixTimeTicks(StartedAt), StoppedAt is { } stopped ? Instant.FromUnixTimeTicks(stopped) : null,
        Note, Author, (int)LiveVersion, Config, State, StartSeq, CursorSeq, Routed, Agreed, Owner,
        LeaseUntil is { } until ? Instant.FromUnixTimeTicks(until) : null);
}

/// <summary>A lead as the shadow routes it again: its id, external id, values, creation time and web form.</summary>
internal sealed class ShadowLeadRow
{
    public string Id { get; set; } = "";
    public long Seq { get; set; }
    public string? ExternalId { get; set; }
    public long CreatedAt { get; set; }
    public string Data { get; set; } = "{}";
    public string? FormId { get; set; }
}

internal sealed class ShadowOutcomeRow
{
    public string LeadId { get; set; } = "";
    public long Seq { get; set; }
    public long CreatedAt { get; set; }
    public string? LiveOwnerId { get; set; }
    public string? LivePoolId { get; set; }
    public string LiveStatus { get; set; } = "";
    public string? ShadowOwnerId { get; set; }
    public string? ShadowPoolId { get; set; }
    public string ShadowStatus { get; set; } = "";
    public string? ShadowWorkflowId { get; set; }

    /// <summary>A sampled outcome: samples are disagreements.</summary>
    public ShadowOutcome ToOutcome() => new(LeadId, Seq, Instant.FromUnixTimeTicks(CreatedAt),
        new ShadowSide(LiveOwnerId, LivePoolId, LiveStatus), new ShadowSide(ShadowOwnerId, ShadowPoolId, ShadowStatus, ShadowWorkflowId), false);
}
