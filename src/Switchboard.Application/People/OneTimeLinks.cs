using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>
/// One-time tokens for the invitation, reset and first-admin links: random (256 bits), stored only as a hash,
/// valid for a while by kind (invite 7 days, reset 1 hour, setup 24 hours), and good for one use.
/// </summary>
public sealed class OneTimeLinks(ISwitchboardStore store, IClock clock, WorkSignals signals)
{
    public static Duration Lifetime(string kind) => kind switch
    {
        TokenKinds.Invite => Duration.FromDays(7),
        TokenKinds.Reset => Duration.FromHours(1),
        TokenKinds.Setup => Duration.FromHours(24),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of one-time token"),
    };

    /// <summary>
    /// A new token of this kind for the user (none for setup); the token itself is returned, and never stored. The message
    /// <paramref name="carrier"/> makes of it (an email with the link) goes to the outbox with it, atomically.
    /// </summary>
    public async Task<string> IssueAsync(string kind, string? userId, Func<string, OutgoingMessage?>? carrier = null, CancellationToken ct = default)
    {
        var token = SecretTokens.New(32);
        var now = clock.GetCurrentInstant();
        var message = carrier?.Invoke(token);
        await store.SaveTokenAsync(new OneTimeToken(SecretTokens.Hash(token), kind, userId, now, now + Lifetime(kind)), message, ct);
        if (message is not null) signals.Outbox.Poke();
        return token;
    }

    /// <summary>The stored token if it can still be used; otherwise why not.</summary>
    public async Task<(OneTimeToken? Token, TokenState State)> CheckAsync(string token, CancellationToken ct = default)
    {
        var found = await store.FindTokenAsync(SecretTokens.Hash(token), ct);
        return (found, StateOf(found));
    }

    /// <summary>Uses the token up: <see cref="TokenState.Usable"/> for exactly one caller, else why not.</summary>
    public async Task<TokenState> UseAsync(string token, CancellationToken ct = default)
    {
        var hash = SecretTokens.Hash(token);
        if (await store.UseTokenAsync(hash, clock.GetCurrentInstant(), ct)) return TokenState.Usable;
        var state = StateOf(await store.FindTokenAsync(hash, ct));
        return state == TokenState.Usable ? TokenState.Used : state;
    }

    private TokenState StateOf(OneTimeToken? token) =>
        token is null ? TokenState.Unknown
        : token.UsedAt is not null ? TokenState.Used
        : token.ExpiresAt <= clock.GetCurrentInstant() ? TokenState.Expired
        : TokenState.Usable;
}

public enum TokenState
{
    Usable,
    Unknown,
    Used,
    Expired,
}
