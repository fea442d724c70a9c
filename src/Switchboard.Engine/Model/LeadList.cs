namespace Switchboard.Engine.Model;

/// <summary>A named list of leads (sales approach list, nurture list, upsell list…); membership is data.</summary>
public sealed record LeadList
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
}
