using NodaTime;

namespace Switchboard.Storage.Rows;

internal sealed class UserRow
{
    public const string Columns =
        "id AS Id, email AS Email, name AS Name, role AS Role, rep_id AS RepId, language AS Language, time_zone AS TimeZone, " +
        "password_hash AS PasswordHash, failed_attempts AS FailedAttempts, locked_until AS LockedUntil, created_at AS CreatedAt";

    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
    public string EmailKey { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? RepId { get; set; }
    public string Language { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public string? PasswordHash { get; set; }
    public int FailedAttempts { get; set; }
    public long? LockedUntil { get; set; }
    public long CreatedAt { get; set; }

    /// <summary>The form of an email that uniqueness and look-ups compare.</summary>
    public static string Key(string email) => email.ToLowerInvariant();

    public UserRecord ToRecord() => new()
    {
        Id = Id, Email = Email, Name = Name, Role = Role, RepId = RepId, Language = Language, TimeZone = TimeZone,
        PasswordHash = PasswordHash, FailedAttempts = FailedAttempts,
        LockedUntil = LockedUntil is { } until ? Instant.FromUnixTimeTicks(until) : null, CreatedAt = Instant.FromUnixTimeTicks(CreatedAt),
    };

    public static UserRow From(UserRecord user) => new()
    {
        Id = user.Id, Email = user.Email, EmailKey = Key(user.Email), Name = user.Name, Role = user.Role, RepId = user.RepId,
        Language = user.Language, TimeZone = user.TimeZone, PasswordHash = user.PasswordHash, FailedAttempts = user.FailedAttempts,
        LockedUntil = user.LockedUntil?.ToUnixTimeTicks(), CreatedAt = user.CreatedAt.ToUnixTimeTicks(),
    };
}

internal sealed class TokenRow
{
    public const string Columns =
        "hash AS Hash, kind AS Kind, user_id AS UserId, created_at AS CreatedAt, expires_at AS ExpiresAt, used_at AS UsedAt";

    public string Hash { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? UserId { get; set; }
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? UsedAt { get; set; }

    public OneTimeToken ToRecord() => new(Hash, Kind, UserId, Instant.FromUnixTimeTicks(CreatedAt), Instant.FromUnixTimeTicks(ExpiresAt),
        UsedAt is { } used ? Instant.FromUnixTimeTicks(used) : null);

    public static TokenRow From(OneTimeToken token) => new()
    {
        Hash = token.Hash, Kind = token.Kind, UserId = token.UserId, CreatedAt = token.CreatedAt.ToUnixTimeTicks(),
        ExpiresAt = token.ExpiresAt.ToUnixTimeTicks(), UsedAt = token.UsedAt?.ToUnixTimeTicks(),
    };
}
