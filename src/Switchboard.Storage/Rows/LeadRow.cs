using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Intake;

namespace Switchboard.Storage.Rows;

/// <summary>One row of the leads table, as Dapper reads and writes it.</summary>
internal class LeadRow
{
    public string Id { get; set; } = "";
    public long Seq { get; set; }
    public string? ExternalId { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? OwnerId { get; set; }
    public string Status { get; set; } = "";
    public string Stage { get; set; } = "";
    public int Score { get; set; }
    public string? Grade { get; set; }
    public string? PoolId { get; set; }
    public int ConfigVersion { get; set; }
    public long CreatedAt { get; set; }
    public long? AssignedAt { get; set; }
    public long? FirstTouchAt { get; set; }
    public long UpdatedAt { get; set; }
    public string? EmailNorm { get; set; }
    public string? PhoneKey { get; set; }
    public string SearchText { get; set; } = "";
    public string? Source { get; set; }
    public string Data { get; set; } = "{}";
    public string PreviousOwners { get; set; } = "[]";
    public string? RoutedPoolId { get; set; }
    public int Reassignments { get; set; }
    public double Engagement { get; set; }
    public string? FormId { get; set; }

    public static LeadRow From(Lead lead, string? idempotencyKey = null, string? data = null) => new()
    {
        Id = lead.Id,
        ExternalId = lead.ExternalId,
        IdempotencyKey = idempotencyKey,
        OwnerId = lead.OwnerId,
        Status = lead.Status,
        Stage = lead.Stage,
        Score = lead.Score,
        Grade = lead.Grade,
        PoolId = lead.PoolId,
        ConfigVersion = lead.ConfigVersion,
        CreatedAt = lead.CreatedAt.ToUnixTimeTicks(),
        AssignedAt = lead.AssignedAt?.ToUnixTimeTicks(),
        FirstTouchAt = lead.FirstTouchAt?.ToUnixTimeTicks(),
        UpdatedAt = lead.UpdatedAt.ToUnixTimeTicks(),
        EmailNorm = ContactKeys.Email(lead.Data),
        PhoneKey = ContactKeys.Phone(lead.Data),
        SearchText = LeadSearch.SearchText(lead.Data),
        Source = LeadSearch.Source(lead.Data),
        Data = data ?? StoredJson.Write(lead.Data),
        PreviousOwners = StoredJson.Write(lead.PreviousOwners),
        RoutedPoolId = lead.RoutedPoolId,
        Reassignments = lead.Reassignments,
        Engagement = lead.Engagement,
        FormId = lead.FormId,
    };

    public Lead ToLead() => new()
    {
        Id = Id,
        ExternalId = ExternalId,
        OwnerId = OwnerId,
        Status = Status,
        Stage = Stage,
        Score = Score,
        Grade = Grade,
        PoolId = PoolId,
        ConfigVersion = ConfigVersion,
        CreatedAt = Instant.FromUnixTimeTicks(CreatedAt),
        AssignedAt = AssignedAt is { } assigned ? Instant.FromUnixTimeTicks(assigned) : null,
        FirstTouchAt = FirstTouchAt is { } touched ? Instant.FromUnixTimeTicks(touched) : null,
        UpdatedAt = Instant.FromUnixTimeTicks(UpdatedAt),
        Data = StoredJson.ReadObject(Data),
        PreviousOwners = StoredJson.Read<List<string>>(PreviousOwners),
        RoutedPoolId = RoutedPoolId,
        Reassignments = Reassignments,
        Engagement = Engagement,
        FormId = FormId,
    };
}
