using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>People who sign in: created, listed, changed and removed by admins, each change validated as a whole.</summary>
public sealed class UserService(ISwitchboardStore store, ConfigService configs, IClock clock)
{
    public Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken ct = default) => store.ListUsersAsync(ct);

    public Task<UserRecord?> GetAsync(string id, CancellationToken ct = default) => store.GetUserAsync(id, ct);

    /// <summary>Creates a person without a password (an invitation link sets it), or with this password hash.</summary>
    public async Task<UserChange> CreateAsync(UserDraft draft, string? passwordHash = null, CancellationToken ct = default)
    {
        var user = new UserRecord
        {
            Id = "usr_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
            Email = draft.Email?.Trim() ?? "", Name = draft.Name?.Trim() ?? "", Role = draft.Role ?? "", RepId = draft.RepId,
            Language = draft.Language ?? UserLanguages.Default, TimeZone = draft.TimeZone ?? "UTC",
            PasswordHash = passwordHash, CreatedAt = clock.GetCurrentInstant(),
        };
        if (await CheckAsync(user, ct) is { } invalid) return invalid;
        try
        {
            await store.CreateUserAsync(user, ct);
        }
        catch (DuplicateKeyException)
        {
            return UserChange.Taken(user.Email);
        }
        return new UserChange(UserOutcome.Saved, user);
    }

    /// <summary>Changes the fields the draft gives; a user leaving the rep role stops being bound to its rep.</summary>
    public async Task<UserChange> UpdateAsync(string id, UserDraft draft, CancellationToken ct = default)
    {
        if (await store.GetUserAsync(id, ct) is not { } current) return new UserChange(UserOutcome.NotFound);
        var role = draft.Role ?? current.Role;
        var user = current with
        {
            Email = draft.Email?.Trim() ?? current.Email, Name = draft.Name?.Trim() ?? current.Name, Role = role,
            RepId = draft.RepId ?? (role == UserRoles.Rep ? current.RepId : null),
            Language = draft.Language ?? current.Language, TimeZone = draft.TimeZone ?? current.TimeZone,
        };
        if (await CheckAsync(user, ct) is { } invalid) return invalid;
        try
        {
            return await store.UpdateUserAsync(user, ct) switch
            {
                UserWrite.Saved => new UserChange(UserOutcome.Saved, user),
                UserWrite.LastAdmin => new UserChange(UserOutcome.LastAdmin),
                _ => new UserChange(UserOutcome.NotFound),
            };
        }
        catch (DuplicateKeyException)
        {
            return UserChange.Taken(user.Email);
        }
    }

    /// <summary>What a person may change of itself: its name, language and time zone (null keeps), validated as an admin's change is.</summary>
    public Task<UserChange> ChangeSettingsAsync(string id, UserSettings settings, CancellationToken ct = default) =>
        UpdateAsync(id, new UserDraft(null, settings.Name, null, null, settings.Language, settings.TimeZone), ct);

    public Task<UserWrite> DeleteAsync(string id, CancellationToken ct = default) => store.DeleteUserAsync(id, ct);

    /// <summary>The problems of a profile (null when there are none), before anything is saved.</summary>
    public async Task<UserChange?> CheckAsync(UserRecord user, CancellationToken ct = default)
    {
        var reps = (await configs.CurrentAsync(ct)).Reps;
        var errors = UserValidation.Check(user, reps.ContainsKey);
        return errors.Count == 0 ? null : new UserChange(UserOutcome.Invalid, Errors: errors);
    }
}
