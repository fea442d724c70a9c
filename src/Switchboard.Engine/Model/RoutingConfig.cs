using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Engine.Model;

/// <summary>The whole configuration document (GET/PUT /api/config).</summary>
public sealed record RoutingConfig
{
    public int Version { get; init; }
    public Settings Settings { get; init; } = new();
    public List<Rep> Reps { get; init; } = [];
    public List<Pool> Pools { get; init; } = [];
    public List<Workflow> Workflows { get; init; } = [];
    public List<LeadList> Lists { get; init; } = [];
    public List<Campaign> Campaigns { get; init; } = [];
    public List<Account> Accounts { get; init; } = [];

    /// <summary>Sections this build does not interpret yet (forms, scoring…) are kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}

public sealed record Settings
{
    public string? FallbackPool { get; init; }
    public string Dedupe { get; init; } = "merge";
    /// <summary>The list a lead rejected as not_ready is added to (a list id of <see cref="RoutingConfig.Lists"/>).</summary>
    public string? NurtureList { get; init; }
}
