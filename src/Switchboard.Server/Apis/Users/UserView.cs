using Switchboard.Storage;

namespace Switchboard.Server.Apis.Users;

/// <summary>
/// A person as the API shows it: never the password hash; <c>hasPassword</c> is false until an invitation is accepted.
/// <c>inviteUrl</c> only in the answer that made an invitation (shown once).
/// </summary>
public sealed record UserView(
    string Id, string Email, string Name, string Role, string? RepId, string Language, string TimeZone, bool HasPassword,
    string? LockedUntil, string CreatedAt, string? InviteUrl = null)
{
    public static UserView Of(UserRecord user) => new(user.Id, user.Email, user.Name, user.Role, user.RepId, user.Language, user.TimeZone,
        user.PasswordHash is not null, user.LockedUntil?.ToString(), user.CreatedAt.ToString());
}

/// <summary>The body of POST /api/users; with <c>invite</c> the answer carries an invitation link.</summary>
public sealed record NewUserBody(string? Email, string? Name, string? Role, string? RepId, string? Language, string? TimeZone, bool Invite = false);

/// <summary>The answer to GET /api/me: the person (for an API key: its name and role, its rep for a rep key, nulls elsewhere).</summary>
public sealed record Me(string? Id, string? Email, string Name, string Role, string? RepId, string? Language, string? TimeZone);

/// <summary>An invitation link, shown once: it sets the person's password.</summary>
public sealed record Invitation(string InviteUrl);
