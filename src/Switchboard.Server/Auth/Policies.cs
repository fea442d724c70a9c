using System.Security.Claims;
using Switchboard.Application.Keys;
using Switchboard.Application.Routing;

namespace Switchboard.Server.Auth;

/// <summary>Who may do what: authorization policy names and the caller's identity.</summary>
public static class Policies
{
    /// <summary>Admins only (API keys).</summary>
    public const string Admin = "admin";
    /// <summary>Admins and managers: configuration, manual assignment.</summary>
    public const string Manage = "manage";
    /// <summary>Admins, managers and reps (reps see their own leads only).</summary>
    public const string Read = "read";
    /// <summary>Anyone allowed to create leads: admins, managers, intake keys.</summary>
    public const string Intake = "intake";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(ApiKeys.Admin));
        options.AddPolicy(Manage, p => p.RequireRole(ApiKeys.Admin, ApiKeys.Manager));
        options.AddPolicy(Read, p => p.RequireRole(ApiKeys.Admin, ApiKeys.Manager, ApiKeys.Rep));
        options.AddPolicy(Intake, p => p.RequireRole(ApiKeys.Admin, ApiKeys.Manager, ApiKeys.Intake));
    }

    /// <summary>The rep a "rep" key acts as; null for admins and managers (who see everything).</summary>
    public static string? RestrictedToRep(this ClaimsPrincipal user) => Application.Routing.Caller.Of(user).RepId;

    public static string? Actor(this ClaimsPrincipal user) => user.Identity?.Name;

    /// <summary>The caller a signed-in user or key is when it asks for a change.</summary>
    public static Caller Caller(this ClaimsPrincipal user) => Application.Routing.Caller.Of(user);
}
