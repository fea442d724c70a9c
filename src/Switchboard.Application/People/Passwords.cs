using Microsoft.AspNetCore.Identity;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>
/// Passwords: hashed and checked by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted,
/// versioned). The rule is length only, as NIST SP 800-63B advises: at least <see cref="MinLength"/> characters
/// (Unicode characters, so a Korean or Japanese passphrase counts what it shows), at most <see cref="MaxLength"/>,
/// not only spaces.
/// </summary>
public static class Passwords
{
    public const int MinLength = 10;
    public const int MaxLength = 256;
    private static readonly PasswordHasher<UserRecord> Hasher = new();
    /// <summary>Checked against when nobody has the email, so an unknown email costs as long as a wrong password.</summary>
    private static readonly string Decoy = Hasher.HashPassword(new UserRecord(), SecretTokens.New(16));

    /// <summary>Why the password is too weak, or null when it passes the rule.</summary>
    public static string? Weakness(string password)
    {
        var length = password.EnumerateRunes().Count();
        if (length < MinLength) return $"must be at least {MinLength} characters";
        if (length > MaxLength) return $"must be at most {MaxLength} characters";
        return string.IsNullOrWhiteSpace(password) ? "must not be only spaces" : null;
    }

    public static string Hash(UserRecord user, string password) => Hasher.HashPassword(user, password);

    /// <summary>Checks the password against the user's hash (against a decoy when there is no user or no password yet).</summary>
    public static PasswordVerificationResult Verify(UserRecord? user, string password)
    {
        if (user?.PasswordHash is { } hash) return Hasher.VerifyHashedPassword(user, hash, password);
        Hasher.VerifyHashedPassword(new UserRecord(), Decoy, password);
        return PasswordVerificationResult.Failed;
    }
}
