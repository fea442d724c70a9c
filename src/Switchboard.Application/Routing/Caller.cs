namespace Switchboard.Application.Routing;

/// <summary>
/// Who asks for a change: <see cref="Actor"/> names them in decisions; a caller bound to a rep (<see cref="RepId"/>)
/// acts only on leads and deals that rep owns and learns nothing of the others (they are not found).
/// </summary>
public sealed record Caller(string? Actor, string? RepId)
{
    /// <summary>An internal caller (timers, workers, demo data): acts on every lead.</summary>
    public static readonly Caller System = new(null, null);

    /// <summary>True when this caller may see and act on what <paramref name="ownerId"/> owns.</summary>
    public bool MayActOn(string? ownerId) => RepId is null || RepId == ownerId;
}
