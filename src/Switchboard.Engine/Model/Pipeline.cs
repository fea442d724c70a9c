namespace Switchboard.Engine.Model;

/// <summary>
/// A deal pipeline: ordered open stages; every pipeline also ends in <c>won</c> and <c>lost</c>, which are not
/// listed. The first pipeline of the configuration is the default one <c>convert</c> uses.
/// </summary>
public sealed record Pipeline
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public List<string> Stages { get; init; } = [];

    public const string DefaultId = "default";

    public static Pipeline Default() => new()
    {
        Id = DefaultId, Name = "Default", Stages = ["First meeting", "Needs analysis", "Proposal", "Negotiation", "Contract"],
    };

    /// <summary>An open stage of this pipeline, or won / lost.</summary>
    public bool Has(string stage) => Stages.Contains(stage, StringComparer.Ordinal) || DealStatus.IsClosing(stage);
}

/// <summary>The lead stages of SPEC, used when the configuration names none.</summary>
public static class LeadStageNames
{
    public const string New = "New";
    public const string Nurturing = "Nurturing";
    /// <summary>Where <c>convert</c> moves a lead (when the configured stages have it).</summary>
    public const string Convert = "Convert";
    public static readonly string[] Default = [New, Nurturing, "MQL", "Working", Convert, "SQL"];
}
