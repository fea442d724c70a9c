using Switchboard.Engine.Model;

namespace Switchboard.Storage.Rows;

/// <summary>The waiting leads of one status with their last decision and pending timer (both dialects).</summary>
internal static class QueueSql
{
    /// <summary>The timer that says when a waiting lead is next looked at, per waiting status.</summary>
    public static readonly IReadOnlyDictionary<string, string?> TimerOf = new Dictionary<string, string?>
    {
        [LeadStatus.Unassigned] = null,
        [LeadStatus.Queued] = TimerKinds.QueueRecheck,
        [LeadStatus.Claimable] = TimerKinds.ClaimWindow,
    };

    /// <summary>A rep's assigned leads, newest first, with the running SLA deadline.</summary>
    /// <remarks>Served by the index on (owner_id, status, created_at, seq).</remarks>
    public static string SelectRepWork(bool before) =>
        $"SELECT {LeadSql.Columns}, NULL AS LastDecision, " +
        $"(SELECT MIN(t.due_at) FROM timers t WHERE t.lead_id = leads.id AND t.kind = '{TimerKinds.Sla}') AS NextAt " +
        $"FROM leads WHERE owner_id = @repId AND status = '{LeadStatus.Assigned}'" +
        (before ? " AND (created_at, seq) < (@createdAt, @seq)" : "") +
        " ORDER BY created_at DESC, seq DESC LIMIT @take";

    /// <remarks>Served by the index on (status, created_at, seq).</remarks>
    public static string Select(bool byPool, bool after) =>
        $"SELECT {LeadSql.Columns}, " +
        "(SELECT d.document FROM decisions d WHERE d.lead_id = leads.id ORDER BY d.id DESC LIMIT 1) AS LastDecision, " +
        "(SELECT MIN(t.due_at) FROM timers t WHERE t.lead_id = leads.id AND t.kind = @timerKind) AS NextAt " +
        "FROM leads WHERE status = @status" +
        (byPool ? " AND pool_id = @poolId" : "") +
        (after ? " AND (created_at, seq) > (@createdAt, @seq)" : "") +
        " ORDER BY created_at, seq LIMIT @take";
}

/// <summary>A lead row with what its queue shows beside it.</summary>
internal sealed class QueueRow : LeadRow
{
    public string? LastDecision { get; set; }
    public long? NextAt { get; set; }
}
