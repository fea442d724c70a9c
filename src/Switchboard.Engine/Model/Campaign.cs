namespace Switchboard.Engine.Model;

/// <summary>A marketing campaign that leads can be added to; membership is data.</summary>
public sealed record Campaign
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
}
