using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

// People who sign in, and their one-time links. Emails are unique whatever their case.
public partial interface ISwitchboardStore
{
    /// <exception cref="DuplicateKeyException">The id or the email (in any case) is taken.</exception>
    Task CreateUserAsync(UserRecord user, CancellationToken ct = default);
    Task<UserRecord?> GetUserAsync(string id, CancellationToken ct = default);
    /// <summary>The user with this email, compared without case.</summary>
    Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default);
    /// <summary>Every user, oldest first.</summary>
    Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken ct = default);

    /// <summary>
    /// Saves the profile (email, name, role, rep, language, time zone); password and lockout stay as stored.
    /// Refused with <see cref="UserWrite.LastAdmin"/> when it would leave no admin.
    /// </summary>
    /// <exception cref="DuplicateKeyException">Another user has the email.</exception>
    Task<UserWrite> UpdateUserAsync(UserRecord user, CancellationToken ct = default);
    /// <summary>Removes the user and its one-time links, unless it is the last admin.</summary>
    Task<UserWrite> DeleteUserAsync(string id, CancellationToken ct = default);

    /// <summary>Sets the password hash and clears failed attempts and any lock; false when the user is gone.</summary>
    Task<bool> SetPasswordAsync(string id, string passwordHash, CancellationToken ct = default);
    /// <summary>
    /// Counts a failed sign-in atomically; the <paramref name="lockAfter"/>th failure in a row locks the user until
    /// <paramref name="lockUntil"/> and starts the count again. Answers the user as it is now (null when gone).
    /// </summary>
    Task<UserRecord?> RecordFailedSignInAsync(string id, int lockAfter, Instant lockUntil, CancellationToken ct = default);
    /// <summary>A successful sign-in: failed attempts start again from zero.</summary>
    Task ClearFailedSignInsAsync(string id, CancellationToken ct = default);

    /// <summary>Saves the token, and with <paramref name="message"/> (the email carrying its link) puts that in the outbox in the same transaction.</summary>
    /// <exception cref="DuplicateKeyException">The hash is taken.</exception>
    Task SaveTokenAsync(OneTimeToken token, OutgoingMessage? message = null, CancellationToken ct = default);
    Task<OneTimeToken?> FindTokenAsync(string hash, CancellationToken ct = default);
    /// <summary>Marks the token used, atomically: true for exactly one caller, and only while it is unused and unexpired.</summary>
    Task<bool> UseTokenAsync(string hash, Instant now, CancellationToken ct = default);
}

public sealed record UserRecord
{
    public string Id { get; init; } = "";
    public string Email { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>admin, manager or rep: the API-key roles.</summary>
    public string Role { get; init; } = "";
    /// <summary>For role "rep": the rep the user is.</summary>
    public string? RepId { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>IANA time zone id.</summary>
    public string TimeZone { get; init; } = "UTC";
    /// <summary>Null until the user sets a password (through an invitation link).</summary>
    public string? PasswordHash { get; init; }
    public int FailedAttempts { get; init; }
    public Instant? LockedUntil { get; init; }
    public Instant CreatedAt { get; init; }
}

/// <summary>A one-time link's stored half: the hash of its token, what it is for and until when.</summary>
/// <param name="Kind">invite, reset or setup (<see cref="TokenKinds"/>).</param>
/// <param name="UserId">The user it sets a password for; null for the setup link, which creates the first admin.</param>
public sealed record OneTimeToken(string Hash, string Kind, string? UserId, Instant CreatedAt, Instant ExpiresAt, Instant? UsedAt = null);

public static class TokenKinds
{
    public const string Invite = "invite";
    public const string Reset = "reset";
    public const string Setup = "setup";
}

/// <summary>The outcome of changing or removing a user.</summary>
public enum UserWrite
{
    Saved,
    NotFound,
    /// <summary>Refused: no admin would be left.</summary>
    LastAdmin,
}
