using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// The <c>owner</c> filter of every list (leads, tasks, deals): <c>me</c> is the rep the API key is bound to (a 400 for
/// a key bound to none); a rep key lists its own items by default and may not ask for anyone else's (403).
/// </summary>
public static class OwnerFilter
{
    public const string Me = "me";

    /// <summary>The owner to filter by (null: everyone's), or the problem to answer; <paramref name="items"/> names what is listed.</summary>
    public static (string? Owner, ValidationProblem? Invalid, ProblemHttpResult? Forbidden) Resolve(ClaimsPrincipal user, string? owner, string items)
    {
        if (owner == Me)
        {
            owner = user.FindFirstValue(ApiKeyAuthentication.RepIdClaim);
            if (owner is null)
                return (null, Problems.Invalid("owner", "\"me\" means the rep this API key is bound to, and this key is bound to no rep: name a rep id instead"), null);
        }
        var rep = user.RestrictedToRep();
        if (rep is not null && owner is not null && owner != rep) return (null, null, Problems.Forbidden($"a rep key lists only its own {items}"));
        return (rep ?? owner, null, null);
    }
}
