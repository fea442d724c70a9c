using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;

namespace Switchboard.Cli.Config;

/// <summary>A finding of <c>POST /api/config/lint</c> (or of the warnings a save answers beside the new version).</summary>
public sealed record LintFinding(string? Severity, string? Code, string? Path, string? Message, string? Suggestion)
{
    public bool IsError => Severity == "error";

    /// <summary>The findings an answer carries under <c>findings</c> or <c>warnings</c>; empty when it carries none.</summary>
    public static List<LintFinding> From(JsonObject? answer)
    {
        var list = answer?["findings"] as JsonArray ?? answer?["warnings"] as JsonArray;
        try
        {
            return list?.Deserialize<List<LintFinding>>(EngineJson.Options)?.Where(f => f is not null).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
