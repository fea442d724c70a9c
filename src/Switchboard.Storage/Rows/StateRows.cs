using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Rows;

/// <summary>One row of pool_state.</summary>
internal sealed class PoolStateRow
{
    public string PoolId { get; set; } = "";
    public string? CursorRepId { get; set; }
    public int CursorPosition { get; set; }
    public string CurrentWeights { get; set; } = "{}";
    public long Assignments { get; set; }

    public PoolState ToState() => new()
    {
        PoolId = PoolId,
        CursorRepId = CursorRepId,
        CursorPosition = CursorPosition,
        CurrentWeights = new Dictionary<string, long>(StoredJson.Read<Dictionary<string, long>>(CurrentWeights), StringComparer.Ordinal),
        Assignments = Assignments,
    };

    public static object?[] Values(PoolState state) =>
        [state.PoolId, state.CursorRepId, state.CursorPosition, StoredJson.Write(state.CurrentWeights), state.Assignments];
}

/// <summary>One row of rep_load.</summary>
internal sealed class RepLoadRow
{
    public string RepId { get; set; } = "";
    public int OpenCount { get; set; }
    public string? DayKey { get; set; }
    public int DayCount { get; set; }
    public string? WeekKey { get; set; }
    public int WeekCount { get; set; }
    public long? LastAssignedAt { get; set; }
    public string? Status { get; set; }

    public RepLoad ToLoad() => new()
    {
        RepId = RepId,
        Open = OpenCount,
        DayKey = DayKey,
        DayCount = DayCount,
        WeekKey = WeekKey,
        WeekCount = WeekCount,
        LastAssignedAt = LastAssignedAt is { } at ? Instant.FromUnixTimeTicks(at) : null,
        Status = Status,
    };

    public static object?[] Values(RepLoad load) =>
        [load.RepId, load.Open, load.DayKey, load.DayCount, load.WeekKey, load.WeekCount, load.LastAssignedAt?.ToUnixTimeTicks(), load.Status];
}

/// <summary>One row of config_versions (without the document when listing).</summary>
internal sealed class ConfigRow
{
    public int Version { get; set; }
    public long CreatedAt { get; set; }
    public string? Author { get; set; }
    public string? Note { get; set; }
    public string Document { get; set; } = "";

    public StoredConfig ToStored() => new(Version, Document, Instant.FromUnixTimeTicks(CreatedAt));
    public ConfigVersionInfo ToInfo() => new(Version, Instant.FromUnixTimeTicks(CreatedAt), Author, Note);
}

/// <summary>One row of api_keys.</summary>
internal sealed class ApiKeyRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Role { get; set; } = "";
    public string? RepId { get; set; }
    public long CreatedAt { get; set; }

    public ApiKeyRecord ToRecord() => new()
    {
        Id = Id, Name = Name, Hash = Hash, Role = Role, RepId = RepId, CreatedAt = Instant.FromUnixTimeTicks(CreatedAt),
    };

    public static ApiKeyRow From(ApiKeyRecord key) => new()
    {
        Id = key.Id, Name = key.Name, Hash = key.Hash, Role = key.Role, RepId = key.RepId, CreatedAt = key.CreatedAt.ToUnixTimeTicks(),
    };
}
