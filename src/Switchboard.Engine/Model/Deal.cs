using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>A deal made by converting a lead: it moves through the stages of its pipeline and ends won or lost.</summary>
public sealed record Deal
{
    public string Id { get; init; } = "";
    public string LeadId { get; init; } = "";
    public string? OwnerId { get; init; }
    public string Pipeline { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>A stage of the pipeline, or <c>won</c> / <c>lost</c>.</summary>
    public string Stage { get; init; } = "";
    public decimal Amount { get; init; }
    /// <summary><see cref="DealStatus"/>: open while in a pipeline stage, won or lost at the end.</summary>
    public string Status { get; init; } = DealStatus.Open;
    public Instant CreatedAt { get; init; }
    public Instant UpdatedAt { get; init; }
    /// <summary>When the deal was won or lost (null while open).</summary>
    public Instant? ClosedAt { get; init; }
}

public static class DealStatus
{
    public const string Open = "open";
    public const string Won = "won";
    public const string Lost = "lost";
    public static readonly string[] All = [Open, Won, Lost];

    /// <summary>won and lost are the closing stages of every pipeline.</summary>
    public static bool IsClosing(string stage) => stage is Won or Lost;
}
