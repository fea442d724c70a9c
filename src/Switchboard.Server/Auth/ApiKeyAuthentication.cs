using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Switchboard.Application.Keys;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Auth;

/// <summary>
/// Authenticates "Authorization: Bearer &lt;key&gt;" against the stored key hashes. Known keys are cached
/// briefly (<see cref="ApiKeyCache"/>); an unknown token costs one indexed lookup each time and is not remembered.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ISwitchboardStore store, ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string RepIdClaim = Caller.RepClaim;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = ApiKeys.Hash(header["Bearer ".Length..].Trim());
        var key = cache.Find(hash);
        if (key is null && await store.FindApiKeyByHashAsync(hash, Context.RequestAborted) is { } found) cache.Remember(hash, key = found);
        if (key is null) return AuthenticateResult.Fail("unknown API key");
        var claims = new List<Claim> { new(ClaimTypes.Name, key.Name), new(ClaimTypes.Role, key.Role), new("switchboard:key", key.Id) };
        if (key.RepId is not null) claims.Add(new Claim(RepIdClaim, key.RepId));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
