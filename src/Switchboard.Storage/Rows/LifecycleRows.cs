using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Rows;

/// <summary>One row of events.</summary>
internal sealed class EventRow
{
    public long Seq { get; set; }
    public string Id { get; set; } = "";
    public string LeadId { get; set; } = "";
    public string Type { get; set; } = "";
    public long At { get; set; }
    public string Properties { get; set; } = "{}";

    public LeadEvent ToEvent() => new()
    {
        Id = Id, LeadId = LeadId, Type = Type, At = Instant.FromUnixTimeTicks(At), Properties = StoredJson.ReadObject(Properties),
    };
}

/// <summary>One row of deals; amounts are stored as double precision.</summary>
internal sealed class DealRow
{
    public long Seq { get; set; }
    public string Id { get; set; } = "";
    public string LeadId { get; set; } = "";
    public string? OwnerId { get; set; }
    public string Pipeline { get; set; } = "";
    public string Name { get; set; } = "";
    public string Stage { get; set; } = "";
    public string Status { get; set; } = "";
    public double Amount { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long? ClosedAt { get; set; }

    public static DealRow From(Deal deal) => new()
    {
        Id = deal.Id, LeadId = deal.LeadId, OwnerId = deal.OwnerId, Pipeline = deal.Pipeline, Name = deal.Name,
        Stage = deal.Stage, Status = deal.Status, Amount = (double)deal.Amount,
        CreatedAt = deal.CreatedAt.ToUnixTimeTicks(), UpdatedAt = deal.UpdatedAt.ToUnixTimeTicks(), ClosedAt = deal.ClosedAt?.ToUnixTimeTicks(),
    };

    public Deal ToDeal() => new()
    {
        Id = Id, LeadId = LeadId, OwnerId = OwnerId, Pipeline = Pipeline, Name = Name, Stage = Stage, Status = Status,
        Amount = (decimal)Amount, CreatedAt = Instant.FromUnixTimeTicks(CreatedAt), UpdatedAt = Instant.FromUnixTimeTicks(UpdatedAt),
        ClosedAt = ClosedAt is { } closed ? Instant.FromUnixTimeTicks(closed) : null,
    };
}

/// <summary>The statements of events and deals both dialects share.</summary>
internal static class LifecycleSql
{
    public const string EventColumns =
        "seq AS Seq, id AS Id, lead_id AS LeadId, type AS Type, at AS At, properties AS Properties";

    public const string DealColumns =
        "seq AS Seq, id AS Id, lead_id AS LeadId, owner_id AS OwnerId, pipeline AS Pipeline, name AS Name, stage AS Stage, " +
        "status AS Status, amount AS Amount, created_at AS CreatedAt, updated_at AS UpdatedAt, closed_at AS ClosedAt";

    public const string InsertEventsHead = "INSERT INTO events (id, lead_id, type, at, properties, received_at)";

    public static string EventsOfLeads(string leadIdIn) => $"SELECT {EventColumns} FROM events WHERE {leadIdIn} ORDER BY seq";

    public const string InsertDeal =
        "INSERT INTO deals (id, lead_id, owner_id, pipeline, name, stage, status, amount, created_at, updated_at, closed_at) " +
        "VALUES (@Id, @LeadId, @OwnerId, @Pipeline, @Name, @Stage, @Status, @Amount, @CreatedAt, @UpdatedAt, @ClosedAt)";

    public const string UpdateDeal =
        "UPDATE deals SET owner_id = @OwnerId, name = @Name, stage = @Stage, status = @Status, amount = @Amount, " +
        "updated_at = @UpdatedAt, closed_at = @ClosedAt WHERE id = @Id";

    public const string DealById = $"SELECT {DealColumns} FROM deals WHERE id = @id";
    public static string DealsByIds(string idIn) => $"SELECT {DealColumns} FROM deals WHERE {idIn}";
}
