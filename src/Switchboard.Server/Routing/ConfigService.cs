using System.Text.Json;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Server.Routing;

/// <summary>
/// The live configuration: read from storage, compiled once per version and cached; changes are
/// validated as a whole and saved as a new version, atomically or not at all.
/// </summary>
public sealed class ConfigService(ISwitchboardStore store, IClock clock)
{
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

    /// <summary>Validates and saves a whole configuration; returns the new version or the errors.</summary>
    public async Task<ConfigChange> ReplaceAsync(RoutingConfig config, string? author, CancellationToken ct = default)
    {
        await _changes.WaitAsync(ct);
        try
        {
            return await SaveAsync(config, author, ct);
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>Applies a change to the current configuration (read, change, validate, save) without losing concurrent changes of this process.</summary>
    public async Task<ConfigChange> ChangeAsync(Func<RoutingConfig, RoutingConfig> change, string? author, CancellationToken ct = default)
    {
        await _changes.WaitAsync(ct);
        try
        {
            var current = await CurrentAsync(ct);
            return await SaveAsync(change(current.Source), author, ct);
        }
        finally
        {
            _changes.Release();
        }
    }

    private async Task<ConfigChange> SaveAsync(RoutingConfig config, string? author, CancellationToken ct)
    {
        var errors = ConfigValidator.Validate(config);
        if (errors.Count > 0) return new ConfigChange(null, errors, config);
        var json = JsonSerializer.Serialize(config with { Version = 0 }, EngineJson.Options);
        var version = await store.SaveConfigAsync(json, author, clock.GetCurrentInstant(), ct);
        var saved = CompiledConfig.Compile(config with { Version = version });
        if (saved.Version > _current.Version) _current = saved;
        return new ConfigChange(saved, [], saved.Source);
    }
}

public sealed record ConfigChange(CompiledConfig? Saved, IReadOnlyList<ValidationError> Errors, RoutingConfig Attempted)
{
    public bool Ok => Saved is not null;
}
