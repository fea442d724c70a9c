using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Switchboard.Application.People;
using Switchboard.Storage;

namespace Switchboard.Server.Auth;

/// <summary>
/// Who a request is: an API key when it carries "Authorization: Bearer", else a person's session cookie. A signed-in
/// person carries the claims a key of the same role carries (name, role, rep), plus the user id, language and time
/// zone, so every policy treats both alike. Each request re-reads the user: a removed user, a changed role or a
/// new password takes effect at once.
/// </summary>
public static class UserSessions
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "switchboard.session";
    public const string SignInPath = "/signin";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>The default scheme: picks the API-key or the cookie scheme per request.</summary>
    private const string KeyOrSession = "KeyOrSession";
    /// <summary>Which password the session was opened with (a hash of its hash), kept in the ticket, not in the claims.</summary>
    private const string PasswordStamp = "switchboard:stamp";

    public static void AddSwitchboardAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(KeyOrSession)
            .AddPolicyScheme(KeyOrSession, "API key or session", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthentication.SchemeName : Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(Scheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = Lifetime;
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = RedirectToSignIn;
                options.Events.OnRedirectToAccessDenied = context => Answer(context.Response, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = RefreshAsync;
            });
    }

    public static ClaimsPrincipal Principal(UserRecord user)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, user.Email), new(ClaimTypes.Role, user.Role), new(UserClaims.User, user.Id),
            new(UserClaims.Language, user.Language), new(UserClaims.TimeZone, user.TimeZone),
        ];
        if (user.RepId is not null) claims.Add(new Claim(ApiKeyAuthentication.RepIdClaim, user.RepId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>Opens a session for the user (the cookie goes out with the response).</summary>
    public static Task SignInAsync(HttpContext http, UserRecord user) =>
        http.SignInAsync(Scheme, Principal(user), new AuthenticationProperties { Items = { [PasswordStamp] = Stamp(user) } });

    /// <summary>API requests answer 401 problem+json; pages go to the sign-in page, to come back after.</summary>
    private static Task RedirectToSignIn(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request)) return Answer(context.Response, StatusCodes.Status401Unauthorized);
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect(SignInPath + QueryString.Create("returnUrl", back));
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>The status alone: the status-code pages write the problem+json body.</summary>
    private static Task Answer(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task RefreshAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<ISwitchboardStore>();
        var id = context.Principal?.FindFirstValue(UserClaims.User);
        var user = id is null ? null : await store.GetUserAsync(id, context.HttpContext.RequestAborted);
        if (user is null || !context.Properties.Items.TryGetValue(PasswordStamp, out var stamp) || stamp != Stamp(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }
        var fresh = Principal(user);
        if (!SameClaims(context.Principal!, fresh))
        {
            context.ReplacePrincipal(fresh);
            context.ShouldRenew = true;
        }
    }

    private static string Stamp(UserRecord user) => SecretTokens.Hash(user.PasswordHash ?? "")[..16];

    private static bool SameClaims(ClaimsPrincipal a, ClaimsPrincipal b) =>
        a.Claims.Select(c => (c.Type, c.Value)).SequenceEqual(b.Claims.Select(c => (c.Type, c.Value)));
}
