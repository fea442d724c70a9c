using System.Text.Json;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Lint;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;
using Switchboard.Application.Lint;
using Switchboard.Application.Live;
using Switchboard.Storage;

namespace Switchboard.Application;

/// <summary>
/// The live configuration: read from storage, compiled once per version and cached; changes are
/// validated as a whole and linted (<see cref="ConfigLintService"/>: new lint errors refuse it, warnings come back with
/// the saved version) and saved as a new version, atomically or not at all.
/// </summary>
public sealed class ConfigService(ISwitchboardStore store, IClock clock, LiveUpdates live, ConfigLintService lint)
{
    /// <summary>Saves lost to other processes before a change gives up (each loss is another process's success).</summary>
    private const int SaveAttempts = 100;
    private static readonly CompiledConfig Empty = CompiledConfig.Compile(new RoutingConfig());
    private readonly SemaphoreSlim _changes = new(1, 1);
    private CompiledConfig _current = Empty;

    /// <summary>The newest version in storage, compiled (cached while the version is unchanged).</summary>
    public async Task<CompiledConfig> CurrentAsync(CancellationToken ct = default)
    {
        var version = await store.GetConfigVersionNumberAsync(ct);
        var current = _current;
        if (current.Version == version) return current;
        var stored = await store.GetConfigAsync(ct);
        if (stored is null) return Empty;
        var compiled = CompiledConfig.Compile(Parse(stored));
        if (compiled.Version > _current.Version) _current = compiled;
        return compiled;
    }

    public static RoutingConfig Parse(StoredConfig stored) =>
        (JsonSerializer.Deserialize<RoutingConfig>(stored.Json, EngineJson.Options) ?? new RoutingConfig()) with { Version = stored.Version };

    /// <summary>Validates and saves a whole configuration; the edit's versions are compared with the whole document.</summary>
    public Task<ConfigChange> ReplaceAsync(RoutingConfig config, ConfigEdit edit, CancellationToken ct = default) =>
        ChangeAsync(edit, _ => config, part: null, ct);

    /// <summary>
    /// Applies a change to the newest configuration (read, change, validate, save) as a compare-and-swap on the
    /// version, retried on the newer configuration when another process saved first, so no acknowledged change
    /// is lost. <paramref name="change"/> answers null to refuse (nothing is saved). With versions in the edit
    /// (If-Match), the change is stale unless <paramref name="part"/> of the configuration (the whole document when
    /// null) is what it was in one of them. A change that changes nothing saves no version.
    /// </summary>
    public async Task<ConfigChange> ChangeAsync(ConfigEdit edit, Func<RoutingConfig, RoutingConfig?> change,
        Func<RoutingConfig, object?>? part = null, CancellationToken ct = default)
    {
        var basedOn = edit.BasedOn is { } versions ? await ReadVersionsAsync(versions, ct) : null;
        var facts = await lint.RecentFactsAsync(ct);
        await _changes.WaitAsync(ct);
        try
        {
            for (var attempt = 0; attempt < SaveAttempts; attempt++)
            {
                var current = await CurrentAsync(ct);
                if (basedOn is not null && !basedOn.Any(old => Unchanged(old, current.Source, part)))
                    return ConfigChange.Failed(ConfigOutcome.Stale, current);
                if (change(current.Source) is not { } next) return ConfigChange.Failed(ConfigOutcome.Refused, current);
                (next, var errors) = ConfigLintService.Prepare(next, current.Source);
                var json = JsonSerializer.Serialize(next, EngineJson.Options);
                if (json == JsonSerializer.Serialize(current.Source with { Version = 0 }, EngineJson.Options))
                    return new ConfigChange(ConfigOutcome.Unchanged, current, [], current.Source);
                if (errors.Count > 0) return new ConfigChange(ConfigOutcome.Invalid, null, errors, next);
                var findings = lint.Run(next, facts);
                var refused = lint.NewErrors(next, findings, current.Source, facts);
                if (refused.Count > 0)
                    return new ConfigChange(ConfigOutcome.Invalid, null, [.. refused.Select(f => new ValidationError(f.Path, f.Message))], next);
                if (await store.SaveConfigAsync(new ConfigDraft(json, edit.Author, clock.GetCurrentInstant(), edit.Note), current.Version, ct)
                    is not { } version) continue;
                var saved = CompiledConfig.Compile(next with { Version = version });
                if (saved.Version > _current.Version) _current = saved;
                await live.ShareAsync([new LiveUpdate(LiveUpdateKinds.ConfigChanged) { At = clock.GetCurrentInstant(), ItemId = $"{version}" }], saved);
                return new ConfigChange(ConfigOutcome.Saved, saved, [], saved.Source)
                {
                    Warnings = [.. findings.Where(f => f.Severity != LintSeverity.Info)],
                };
            }
            return ConfigChange.Failed(ConfigOutcome.Busy, await CurrentAsync(ct));
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>The configurations an If-Match names that exist (version 0 is the empty configuration).</summary>
    private async Task<List<RoutingConfig>> ReadVersionsAsync(IReadOnlyList<int> versions, CancellationToken ct)
    {
        var found = new List<RoutingConfig>();
        foreach (var version in versions.Distinct())
        {
            if (version == 0) found.Add(new RoutingConfig());
            else if (await store.GetConfigVersionAsync(version, ct) is { } stored) found.Add(Parse(stored));
        }
        return found;
    }

    private static bool Unchanged(RoutingConfig old, RoutingConfig current, Func<RoutingConfig, object?>? part) =>
        part is null
            ? old.Version == current.Version
            : JsonSerializer.Serialize(part(old), EngineJson.Options) == JsonSerializer.Serialize(part(current), EngineJson.Options);
}

/// <summary>Who changes the configuration and why, and the versions the change was based on (If-Match; null = last write wins).</summary>
public sealed record ConfigEdit(string? Author, string? Note = null, IReadOnlyList<int>? BasedOn = null);

public enum ConfigOutcome
{
    Saved,
    /// <summary>The change changed nothing: no version was made.</summary>
    Unchanged,
    /// <summary>The change itself declined (not found, already exists…): no version was made.</summary>
    Refused,
    Invalid,
    /// <summary>The change was based on a version whose content has changed since (412).</summary>
    Stale,
    /// <summary>Other processes kept saving first; nothing was changed.</summary>
    Busy,
}

/// <summary>The result of a change: the configuration now current (after a save or not), or the errors.</summary>
public sealed record ConfigChange(ConfigOutcome Outcome, CompiledConfig? Saved, IReadOnlyList<ValidationError> Errors, RoutingConfig Attempted)
{
    /// <summary>After a save: the lint warnings of the saved version (and any lint error it kept from the version before).</summary>
    public IReadOnlyList<LintFinding> Warnings { get; init; } = [];

    public bool Ok => Outcome is ConfigOutcome.Saved or ConfigOutcome.Unchanged;

    public static ConfigChange Failed(ConfigOutcome outcome, CompiledConfig current) => new(outcome, null, [], current.Source);

    /// <summary>
    /// The errors as the editor of one item reads them: paths inside <paramref name="item"/> ("reps[3]") relative to it
    /// ("reps[3].outOfOffice[0].to" as "outOfOffice[0].to", the item itself as "$"); errors elsewhere keep their path.
    /// </summary>
    public IEnumerable<ValidationError> ErrorsInside(string item) => Errors.Select(error =>
        Inside(error.Path, item) ? error with { Path = error.Path[item.Length..].TrimStart('.') is { Length: > 0 } rest ? rest : "$" } : error);

    /// <summary>"reps[1].name" and "reps[1]" are inside "reps[1]"; "reps[10].name" is not.</summary>
    private static bool Inside(string path, string item) =>
        path.StartsWith(item, StringComparison.Ordinal) && (path.Length == item.Length || path[item.Length] is '.' or '[');
}
