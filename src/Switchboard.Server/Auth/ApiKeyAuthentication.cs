using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Switchboard.Storage;

namespace Switchboard.Server.Auth;

/// <summary>Authenticates "Authorization: Bearer &lt;key&gt;" against the stored key hashes (cached briefly).</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ISwitchboardStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string RepIdClaim = "switchboard:rep";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<string, (ApiKeyRecord? Key, DateTime Until)> Cache = new();

    public static void Forget(string hash) => Cache.TryRemove(hash, out _);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = ApiKeys.Hash(header["Bearer ".Length..].Trim());
        if (!Cache.TryGetValue(hash, out var entry) || entry.Until < DateTime.UtcNow)
        {
            entry = (await store.FindApiKeyByHashAsync(hash, Context.RequestAborted), DateTime.UtcNow + CacheFor);
            Cache[hash] = entry;
        }
        if (entry.Key is not { } key) return AuthenticateResult.Fail("unknown API key");
        var claims = new List<Claim> { new(ClaimTypes.Name, key.Name), new(ClaimTypes.Role, key.Role), new("switchboard:key", key.Id) };
        if (key.RepId is not null) claims.Add(new Claim(RepIdClaim, key.RepId));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
