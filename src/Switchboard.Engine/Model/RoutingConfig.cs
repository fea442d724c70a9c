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
    public List<Form> Forms { get; init; } = [];
    /// <summary>Lead scoring; absent = leads keep score 0 and no grade.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoringModel? Scoring { get; init; }
    /// <summary>The lead stages, in funnel order; must include New (where leads start).</summary>
    public List<string> LeadStages { get; init; } = [.. LeadStageNames.Default];
    /// <summary>Deal pipelines; the first is the default for convert.</summary>
    public List<Pipeline> Pipelines { get; init; } = [Pipeline.Default()];

    
    public List<Account> Accounts { get; init; } = [];

    /// <summary>Sections this build does not interpret yet (anything newer than this build) are kept verbatim.</summary>
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
