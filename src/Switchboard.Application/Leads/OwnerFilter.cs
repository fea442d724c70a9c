using System.Security.Claims;
using Switchboard.Application.Routing;

namespace Switchboard.Application.Leads;

/// <summary>Why a list's parameters were refused: the parameter at fault and what is wrong (a 400), or forbidden (a 403).</summary>
public sealed record ListRefusal(string Path, string Message, bool Forbidden = false);

/// <summary>
/// The <c>owner</c> filter of every list (leads, tasks, deals): <c>me</c> is the rep the caller is bound to (refused for
/// a caller bound to none); a rep lists its own items by default and may not ask for anyone else's (forbidden).
/// </summary>
public static class OwnerFilter
{
    public const string Me = "me";

    /// <summary>The owner to filter by (null: everyone's), or the refusal; <paramref name="items"/> names what is listed.</summary>
    public static (string? Owner, ListRefusal? Refusal) Resolve(ClaimsPrincipal user, string? owner, string items)
    {
        if (owner == Me)
        {
            owner = user.FindFirstValue(Caller.RepClaim);
            if (owner is null)
                return (null, new("owner", "\"me\" means the rep this API key is bound to, and this key is bound to no rep: name a rep id instead"));
        }
        var rep = Caller.Of(user).RepId;
        if (rep is not null && owner is not null && owner != rep) return (null, new("owner", $"a rep key lists only its own {items}", Forbidden: true));
        return (rep ?? owner, null);
    }
}
