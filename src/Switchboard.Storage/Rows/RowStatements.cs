using System.Data;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Rows;

/// <summary>One parameter of a single-row statement: its name in the SQL and its type.</summary>
internal readonly record struct RowParameter(string Name, DbType Type);

/// <summary>
/// A single-row statement executed once per row with the same parameters (see
/// <see cref="SqlStore.ExecuteRowsAsync"/>): the SQL, its parameters, and one array of values per row.
/// </summary>
internal sealed record RowStatement(string Sql, RowParameter[] Parameters);

/// <summary>The routing hot path's inserts: a new lead, and one decision of a lead.</summary>
internal static class RowStatements
{
    private static readonly RowParameter[] LeadParameters =
    [
        new("@Id", DbType.String), new("@ExternalId", DbType.String), new("@IdempotencyKey", DbType.String),
        new("@OwnerId", DbType.String), new("@Status", DbType.String), new("@Stage", DbType.String),
        new("@Score", DbType.Int32), new("@Grade", DbType.String), new("@PoolId", DbType.String),
        new("@ConfigVersion", DbType.Int32), new("@CreatedAt", DbType.Int64), new("@AssignedAt", DbType.Int64),
        new("@FirstTouchAt", DbType.Int64), new("@UpdatedAt", DbType.Int64), new("@EmailNorm", DbType.String),
        new("@SearchText", DbType.String), new("@Data", DbType.String), new("@PreviousOwners", DbType.String),
        new("@RoutedPoolId", DbType.String), new("@Reassignments", DbType.Int32), new("@Engagement", DbType.Double),
        new("@PhoneKey", DbType.String), new("@Source", DbType.String), new("@FormId", DbType.String),
    ];

    public static readonly RowStatement Decision = new(
        "INSERT INTO decisions (lead_id, at, document) VALUES (@LeadId, @At, @Document)",
        [new("@LeadId", DbType.String), new("@At", DbType.Int64), new("@Document", DbType.String)]);

    /// <param name="nextSeq">The dialect's expression for the next leads.seq value.</param>
    public static RowStatement Lead(string nextSeq) => new(LeadSql.Insert(nextSeq), LeadParameters);

    /// <summary>The lead parameters fixed at insert (declared before the statements made from them).</summary>
    private static readonly string[] InsertOnly = ["@IdempotencyKey", "@FormId"];

    /// <summary>LeadSql.Update: every lead parameter but those fixed at insert (the idempotency key, the form).</summary>
    public static readonly RowStatement LeadUpdate = new(LeadSql.Update, [.. LeadParameters.Where(p => !InsertOnly.Contains(p.Name))]);

    /// <summary>The positions in <see cref="LeadParameters"/> of <see cref="LeadUpdate"/>'s parameters.</summary>
    private static readonly int[] UpdatePositions = [.. LeadParameters.Index().Where(p => !InsertOnly.Contains(p.Item.Name)).Select(p => p.Index)];

    /// <summary>Values in the order of <see cref="LeadUpdate"/>'s parameters.</summary>
    public static object?[] LeadUpdateValues(Lead lead)
    {
        var values = LeadValues(new NewLead(lead, null));
        return [.. UpdatePositions.Select(i => values[i])];
    }

    /// <summary>Values in the order of the lead statement's parameters.</summary>
    public static object?[] LeadValues(NewLead lead)
    {
        var row = LeadRow.From(lead.Lead, lead.IdempotencyKey, lead.Data);
        return
        [
            row.Id, row.ExternalId, row.IdempotencyKey, row.OwnerId, row.Status, row.Stage, row.Score, row.Grade, row.PoolId,
            row.ConfigVersion, row.CreatedAt, row.AssignedAt, row.FirstTouchAt, row.UpdatedAt, row.EmailNorm, row.SearchText,
            row.Data, row.PreviousOwners, row.RoutedPoolId, row.Reassignments, row.Engagement, row.PhoneKey, row.Source,
            row.FormId,
        ];
    }

    /// <summary>One row per decision, in list order.</summary>
    public static IEnumerable<object?[]> DecisionValues(IReadOnlyList<LeadDecisions> leads)
    {
        foreach (var lead in leads)
            foreach (var decision in lead.Decisions)
                yield return [lead.LeadId, decision.At.ToUnixTimeTicks(), StoredJson.Write(decision)];
    }
}
