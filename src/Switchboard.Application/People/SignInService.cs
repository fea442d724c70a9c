using Microsoft.AspNetCore.Identity;
using NodaTime;
using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>
/// Signing in with email and password, and setting a password through a one-time link. After
/// <see cref="LockAfter"/> wrong passwords in a row an account is locked for <see cref="LockFor"/>; while locked,
/// not even the right password signs in.
/// </summary>
public sealed class SignInService(ISwitchboardStore store, UserService users, OneTimeLinks links, IClock clock)
{
    public const int LockAfter = 5;
    public static readonly Duration LockFor = Duration.FromMinutes(15);

    public async Task<SignIn> SignInAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await store.FindUserByEmailAsync(email.Trim(), ct);
        var now = clock.GetCurrentInstant();
        if (user?.LockedUntil > now) return new SignIn(SignInOutcome.Locked);
        var verified = Passwords.Verify(user, password);
        if (user is null || verified == PasswordVerificationResult.Failed)
        {
            if (user is null) return new SignIn(SignInOutcome.Invalid);
            var counted = await store.RecordFailedSignInAsync(user.Id, LockAfter, now + LockFor, ct);
            return new SignIn(counted?.LockedUntil > now ? SignInOutcome.Locked : SignInOutcome.Invalid);
        }
        if (verified == PasswordVerificationResult.SuccessRehashNeeded) await store.SetPasswordAsync(user.Id, Passwords.Hash(user, password), ct);
        else if (user.FailedAttempts > 0 || user.LockedUntil is not null) await store.ClearFailedSignInsAsync(user.Id, ct);
        return new SignIn(SignInOutcome.SignedIn, user);
    }

    /// <summary>
    /// Sets a password through an invitation or reset link, or creates the first admin through the setup link
    /// (which then also needs <see cref="PasswordForm.Email"/> and <see cref="PasswordForm.Name"/>). The link is used up
    /// only when everything else is right.
    /// </summary>
    public async Task<PasswordChange> SetPasswordAsync(PasswordForm form, CancellationToken ct = default)
    {
        var (token, state) = await links.CheckAsync(form.Token, ct);
        if (token is null || state != TokenState.Usable) return PasswordChange.Refused(state);
        if (form.Password != form.Confirm) return new PasswordChange(PasswordOutcome.Mismatch);
        if (Passwords.Weakness(form.Password) is { } weakness) return new PasswordChange(PasswordOutcome.Weak, Errors: [new("password", weakness)]);
        return token.Kind == TokenKinds.Setup ? await CreateFirstAdminAsync(form, ct) : await SetUserPasswordAsync(form, token, ct);
    }

    private async Task<PasswordChange> SetUserPasswordAsync(PasswordForm form, OneTimeToken token, CancellationToken ct)
    {
        if (await store.GetUserAsync(token.UserId ?? "", ct) is not { } user) return PasswordChange.Refused(TokenState.Expired);
        var used = await links.UseAsync(form.Token, ct);
        if (used != TokenState.Usable) return PasswordChange.Refused(used);
        var hash = Passwords.Hash(user, form.Password);
        if (!await store.SetPasswordAsync(user.Id, hash, ct)) return PasswordChange.Refused(TokenState.Expired);
        return new PasswordChange(PasswordOutcome.Set, user with { PasswordHash = hash, FailedAttempts = 0, LockedUntil = null });
    }

    /// <summary>The setup link makes the first admin only while there is none.</summary>
    private async Task<PasswordChange> CreateFirstAdminAsync(PasswordForm form, CancellationToken ct)
    {
        if ((await store.ListUsersAsync(ct)).Any(u => u.Role == UserRoles.Admin)) return PasswordChange.Refused(TokenState.Used);
        var draft = new UserDraft(form.Email, form.Name, UserRoles.Admin);
        var probe = new UserRecord { Email = draft.Email?.Trim() ?? "", Name = draft.Name?.Trim() ?? "", Role = UserRoles.Admin };
        if (await users.CheckAsync(probe, ct) is { } invalid) return new PasswordChange(PasswordOutcome.Invalid, Errors: invalid.Errors);
        var used = await links.UseAsync(form.Token, ct);
        if (used != TokenState.Usable) return PasswordChange.Refused(used);
        var created = await users.CreateAsync(draft, Passwords.Hash(probe, form.Password), ct);
        return created.User is { } admin
            ? new PasswordChange(PasswordOutcome.Set, admin)
            : new PasswordChange(PasswordOutcome.Invalid, Errors: created.Errors);
    }
}

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown email or wrong password (the answer never says which).</summary>
    Invalid,
    Locked,
}

public sealed record SignIn(SignInOutcome Outcome, UserRecord? User = null);

/// <summary>The password form of a one-time link; the setup link's form also names the first admin.</summary>
public sealed record PasswordForm(string Token, string Password, string Confirm, string? Email = null, string? Name = null);

public enum PasswordOutcome
{
    Set,
    /// <summary>The link is unknown, expired, or its user is gone.</summary>
    Expired,
    Used,
    Weak,
    Mismatch,
    /// <summary>The setup form's email or name is not right (see the errors).</summary>
    Invalid,
}

public sealed record PasswordChange(PasswordOutcome Outcome, UserRecord? User = null, IReadOnlyList<ValidationError>? Errors = null)
{
    public static PasswordChange Refused(TokenState state) =>
        new(state == TokenState.Used ? PasswordOutcome.Used : PasswordOutcome.Expired);
}
