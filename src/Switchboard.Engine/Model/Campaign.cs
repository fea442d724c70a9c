using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>A marketing campaign that leads can be added to; membership is data.</summary>
[OmitNulls]
public sealed record Campaign
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>What the campaign cost (in the deals' currency), for the funnel report's ROI; absent when not known.</summary>
    public decimal? Cost { get; init; }
}
