using System.Text.Json.Serialization;
using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Simulation;

/// <summary>
/// "Why not" for a stored lead's decisions: for each trigger its decisions record, under each configuration version they
/// record, every workflow of that trigger in that version, walked over the lead's current values
/// (<see cref="DryRun.StoredLead"/>). A version no longer stored is said so in its walk.
/// </summary>
public sealed class StoredTrace(ISwitchboardStore store)
{
    public async Task<IReadOnlyList<DecisionWalk>> OfAsync(Lead lead, IReadOnlyList<Decision> decisions, CancellationToken ct = default)
    {
        var versions = new Dictionary<int, CompiledConfig?>();
        var walks = new List<DecisionWalk>();
        foreach (var (trigger, version) in decisions
                     .Where(d => Triggers.Known.Contains(d.Trigger, StringComparer.Ordinal))
                     .Select(d => (d.Trigger, d.ConfigVersion)).Distinct())
        {
            if (!versions.TryGetValue(version, out var config))
                versions[version] = config = await store.GetConfigVersionAsync(version, ct) is { } stored
                    ? CompiledConfig.Compile(ConfigService.Parse(stored)) : null;
            walks.Add(config is null
                ? new DecisionWalk(trigger, version, null, $"configuration version {version} no longer exists: its workflows cannot be shown")
                : new DecisionWalk(trigger, version, DryRun.StoredLead(config, lead, trigger).Workflows, null));
        }
        return walks;
    }
}

/// <summary>
/// The workflows of <paramref name="Trigger"/> in configuration <paramref name="ConfigVersion"/>, walked over the lead's
/// current values; <paramref name="Missing"/> instead when that version is gone.
/// </summary>
public sealed record DecisionWalk(
    string Trigger, int ConfigVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TracedWorkflow>? Workflows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Missing);
