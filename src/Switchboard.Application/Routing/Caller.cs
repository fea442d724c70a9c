using System.Security.Claims;
using Switchboard.Application.People;

namespace Switchboard.Application.Routing;

/// <summary>
/// Who asks for a change: <see cref="Actor"/> names them in decisions; a caller bound to a rep (<see cref="RepId"/>)
/// acts only on leads and deals that rep owns and learns nothing of the others (they are not found).
/// </summary>
public sealed record Caller(string? Actor, string? RepId)
{
    /// <summary>The claim naming the rep a "rep" key or signed-in rep is.</summary>
    public const string RepClaim = "switchboard:rep";

    /// <summary>
    /// The caller a signed-in person or an API key is: named by its identity, bound to its rep when its role is rep
    /// (to no rep at all, "", when a rep principal lacks the claim, so it acts on nothing).
    /// </summary>
    public static Caller Of(ClaimsPrincipal user) =>
        new(user.Identity?.Name, user.IsInRole(UserRoles.Rep) ? user.FindFirstValue(RepClaim) ?? "" : null);

    /// <summary>An internal caller (timers, workers, demo data): acts on every lead.</summary>
    public static readonly Caller System = new(null, null);

    /// <summary>True when this caller may see and act on what <paramref name="ownerId"/> owns.</summary>
    public bool MayActOn(string? ownerId) => RepId is null || RepId == ownerId;
}
